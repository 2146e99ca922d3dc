namespace CasuistiekBot.Framework.Auth;

/// <summary>Knobs of inbound authentication that the Bot Framework SDK does not expose; section <c>Bot:Auth</c>.</summary>
public sealed class BotAuthenticationTuningOptions
{
    public const string SectionName = "Bot:Auth";

    /// <summary>Signing keys are refetched at least this often; the Bot Framework asks for at least once every 24 hours.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// A token with an unknown <c>kid</c> triggers a refetch at most once per this interval, so forged key ids
    /// cannot hammer the metadata endpoint.
    /// </summary>
    public TimeSpan MinimumUnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tolerance on <c>nbf</c> and <c>exp</c>; the Bot Framework uses the industry-standard 5 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
