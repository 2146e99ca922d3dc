using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Pipeline;

/// <summary>What the HTTP layer writes back after a turn: an invoke response, buffered replies, or nothing.</summary>
public sealed record TurnResult(InvokeResponse? InvokeResponse, IReadOnlyList<Activity>? ExpectedReplies)
{
    public static readonly TurnResult Empty = new(null, null);
}
