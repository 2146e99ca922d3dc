namespace CasuistiekBot.Framework.Hosting;

/// <summary>Limits of the messaging endpoint.</summary>
public sealed class BotEndpointOptions
{
    /// <summary>Largest accepted activity body; Teams messages stay far below this.</summary>
    public int MaxBodyBytes { get; set; } = 512 * 1024;

    /// <summary>
    /// How long one turn may wait for the connector to take its replies, counted from its first reply. Teams gives a turn
    /// 15 seconds to answer; past the budget the turn's remaining replies go to the <see cref="Pipeline.IReplyQueue"/>.
    /// </summary>
    public TimeSpan InlineReplyBudget { get; set; } = TimeSpan.FromSeconds(5);
}
