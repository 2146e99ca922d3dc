namespace CasuistiekBot.Framework.Pipeline;

/// <summary>How a turn talks back; bound from the same section as the endpoint's options ("Bot:Endpoint").</summary>
public sealed class TurnOptions
{
    /// <summary>
    /// How long one turn may wait for the connector to take its replies, counted from its first reply. Teams gives a turn
    /// 15 seconds to answer; past the budget the turn's remaining replies go to the <see cref="IReplyQueue"/>.
    /// </summary>
    public TimeSpan InlineReplyBudget { get; set; } = TimeSpan.FromSeconds(5);
}
