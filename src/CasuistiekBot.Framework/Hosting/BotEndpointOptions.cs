namespace CasuistiekBot.Framework.Hosting;

/// <summary>Limits of the messaging endpoint.</summary>
public sealed class BotEndpointOptions
{
    /// <summary>Largest accepted activity body; Teams messages stay far below this.</summary>
    public int MaxBodyBytes { get; set; } = 512 * 1024;
}
