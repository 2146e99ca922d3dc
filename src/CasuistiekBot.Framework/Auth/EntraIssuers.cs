namespace CasuistiekBot.Framework.Auth;

/// <summary>
/// Issuers whose tokens take the Entra ID (Emulator) path rather than the Bot Connector path: the Bot Framework's own
/// tenants, plus the v1/v2 issuer of the bot's configured tenant. The SDK also trusts the issuer of whatever tenant the
/// token itself names (<c>tid</c>); that lets any tenant in once a multi-tenant registration or a secret leaks, so the
/// tenant comes from configuration here, never from the token.
/// </summary>
internal static class EntraIssuers
{
    private static readonly string[] Fixed =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    public static IReadOnlyList<string> For(string? configuredTenantId) =>
        string.IsNullOrWhiteSpace(configuredTenantId)
            ? Fixed
            : [.. Fixed, $"https://sts.windows.net/{configuredTenantId}/", $"https://login.microsoftonline.com/{configuredTenantId}/v2.0"];

    public static bool Contains(string? issuer, string? configuredTenantId) =>
        !string.IsNullOrEmpty(issuer) && For(configuredTenantId).Contains(issuer, StringComparer.Ordinal);
}
