namespace CasuistiekBot.Signals;

/// <summary>nieuw → opgepakt → in behandeling → afgerond; "overgedragen" while a new owner has not yet accepted.</summary>
public static class SignalStatus
{
    public const string New = "nieuw";
    public const string PickedUp = "opgepakt";
    public const string InProgress = "in-behandeling";
    public const string Transferring = "overgedragen";
    public const string Closed = "afgerond";

    public static bool IsOpen(string status) => status != Closed;
}
