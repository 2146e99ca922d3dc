namespace CasuistiekBot.Framework.Auth;

/// <summary>
/// Issuers whose tokens take the Emulator (Entra ID) path rather than the Bot Connector path: the Bot Framework's own
/// tenants, plus the v1/v2 issuer of the token's own <c>tid</c>, which is how single-tenant bots are reached.
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

    public static IReadOnlyList<string> For(string? tenantId) =>
        string.IsNullOrWhiteSpace(tenantId)
            ? Fixed
            : [.. Fixed, $"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"];

    public static bool Contains(string? issuer, string? tenantId) =>
        !string.IsNullOrEmpty(issuer) && For(tenantId).Contains(issuer, StringComparer.Ordinal);
}
