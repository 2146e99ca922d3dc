namespace CasuistiekBot.Delivery;

/// <summary>Stored as text; a dead message stays for coordinators until someone acts on it.</summary>
internal enum OutboxStatus
{
    Pending,
    Claimed,
    Sent,
    Dead,
}
