namespace CasuistiekBot.Framework.Auth;

/// <summary>
/// Section <c>Bot</c>: the Entra ID token path (Bot Framework Emulator, skills). Teams never uses it, so it is closed
/// unless <c>Bot:AllowEmulatorTokens</c> is true; even then only the Bot Framework's own issuers and the bot's own tenant
/// are trusted, and replies may only go to a loopback serviceUrl or one listed in <c>Bot:EmulatorServiceUrls</c>.
/// </summary>
public sealed class EmulatorTokenOptions
{
    public const string SectionName = "Bot";

    /// <summary>Accept Entra ID tokens issued to the bot's own app (off by default).</summary>
    public bool AllowEmulatorTokens { get; set; }

    /// <summary>serviceUrls beyond loopback that an Entra-authenticated activity may name (e.g. a parent bot's skill endpoint).</summary>
    public List<string> EmulatorServiceUrls { get; set; } = [];

    /// <summary>True when <paramref name="serviceUrl"/> is on this machine or listed in <see cref="EmulatorServiceUrls"/>.</summary>
    public bool AllowsServiceUrl(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)) return false;
        if (uri.IsLoopback) return true;
        return EmulatorServiceUrls.Any(listed => string.Equals(listed.TrimEnd('/'), serviceUrl!.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }
}
