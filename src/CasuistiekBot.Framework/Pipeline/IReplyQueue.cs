using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Pipeline;

/// <summary>
/// Takes a turn's reply that the connector did not accept within the turn's reply budget
/// (<see cref="TurnOptions.InlineReplyBudget"/>), to be delivered after the turn, durably and in order.
/// Without one, such a reply fails like any other unsent message.
/// </summary>
public interface IReplyQueue
{
    /// <summary>Queues <paramref name="reply"/> (fully addressed) for <paramref name="turn"/>'s conversation.</summary>
    Task EnqueueAsync(ITurnContext turn, Activity reply, CancellationToken cancellationToken);
}
