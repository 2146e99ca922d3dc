using System.Text.Json.Serialization;

namespace CasuistiekBot.Framework.Connector;

/// <summary>The OAuth2 token endpoint's answer, success and error fields together.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] long? ExpiresIn,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
