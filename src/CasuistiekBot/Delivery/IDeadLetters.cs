namespace CasuistiekBot.Delivery;

/// <summary>Messages that will not be delivered, for the coordinators' overview.</summary>
internal interface IDeadLetters
{
    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken);
}
