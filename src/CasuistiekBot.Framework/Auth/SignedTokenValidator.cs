using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CasuistiekBot.Framework.Auth;

/// <summary>
/// The checks every inbound token passes whatever its issuer: allowed algorithm, a kid we can find in the
/// metadata's keys, a valid signature by exactly that key, a trusted issuer and a current lifetime.
/// </summary>
internal sealed class SignedTokenValidator(SigningKeyCaches keyCaches, TimeProvider time, IOptions<BotAuthenticationTuningOptions> tuning)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<TokenCheck> ValidateAsync(
        JsonWebToken token, string metadataUrl, IReadOnlyList<string> validIssuers, CancellationToken cancellationToken)
    {
        if (!SigningAlgorithms.IsAllowed(token.Alg)) return TokenCheck.Invalid($"signing algorithm '{token.Alg}' is not allowed");
        if (string.IsNullOrEmpty(token.Kid)) return TokenCheck.Invalid("the token names no signing key (kid)");
        if (!validIssuers.Contains(token.Issuer, StringComparer.Ordinal)) return TokenCheck.Invalid($"issuer '{token.Issuer}' is not trusted");
        if (CheckLifetime(token) is { } lifetimeFailure) return TokenCheck.Invalid(lifetimeFailure);

        BotSigningKey? key;
        try
        {
            key = await keyCaches.For(metadataUrl).FindAsync(token.Kid, cancellationToken);
        }
        catch (SigningKeysUnavailableException exception)
        {
            return TokenCheck.Invalid(exception.Message);
        }
        if (key is null) return TokenCheck.Invalid($"signing key '{token.Kid}' is not published at {metadataUrl}");

        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = SigningAlgorithms.Allowed,
            RequireSignedTokens = true,
            ValidateIssuer = true,
            ValidIssuers = validIssuers,
            // Audience rules differ per path (aud vs appid/azp) and lifetime was checked above with our clock.
            ValidateAudience = false,
            ValidateLifetime = false,
            AuthenticationType = "Bearer",
        });
        return result.IsValid
            ? TokenCheck.Valid(token, result.ClaimsIdentity, key)
            : TokenCheck.Invalid($"token rejected: {result.Exception?.GetType().Name ?? "invalid"}");
    }

    private string? CheckLifetime(JsonWebToken token)
    {
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _)) return "the token has no expiry (exp)";

        var now = time.GetUtcNow().UtcDateTime;
        var skew = tuning.Value.ClockSkew;
        if (now > token.ValidTo + skew) return $"the token expired at {token.ValidTo:O}";
        if (token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out _) && now < token.ValidFrom - skew)
        {
            return $"the token is not valid before {token.ValidFrom:O}";
        }
        return null;
    }
}
