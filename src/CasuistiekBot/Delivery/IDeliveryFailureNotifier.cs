namespace CasuistiekBot.Delivery;

/// <summary>
/// Tells coordinators that a message will not arrive (a user blocked or removed the bot, or delivery kept failing).
/// Called once per dead letter; the coordinators' channel implements it later, until then it is logged.
/// </summary>
internal interface IDeliveryFailureNotifier
{
    Task NotifyAsync(DeadLetter deadLetter, CancellationToken cancellationToken);
}
