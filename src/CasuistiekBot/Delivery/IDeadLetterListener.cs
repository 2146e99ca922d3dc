namespace CasuistiekBot.Delivery;

/// <summary>
/// Told of every message that will not arrive, after it is stored as a dead letter, so that the slice that wrote it
/// can keep it for another way to the recipient. Runs before the coordinators are told.
/// </summary>
internal interface IDeadLetterListener
{
    Task OnDeadAsync(DeadLetter deadLetter, CancellationToken cancellationToken);
}
