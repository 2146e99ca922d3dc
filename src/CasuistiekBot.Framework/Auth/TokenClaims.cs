namespace CasuistiekBot.Framework.Auth;

/// <summary>Claim names the Bot Framework puts in its tokens (lower case, as on the wire).</summary>
internal static class TokenClaims
{
    public const string ServiceUrl = "serviceurl";
    public const string AppId = "appid";
    public const string AuthorizedParty = "azp";
    public const string Version = "ver";
    public const string TenantId = "tid";
}
