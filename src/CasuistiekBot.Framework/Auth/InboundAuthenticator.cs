using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CasuistiekBot.Framework.Auth;

/// <summary>
/// Bot Framework inbound authentication as the SDK does it: no header is fine only while no app id is configured;
/// a header, when present, is always validated; Entra-issued (Emulator) tokens and Bot Connector tokens take
/// their own paths, chosen by the token's issuer. The Entra path is stricter than the SDK's (see <see cref="EmulatorTokenOptions"/>).
/// </summary>
internal sealed class InboundAuthenticator(
    IOptions<BotAuthenticationOptions> options,
    IOptions<EmulatorTokenOptions> emulator,
    SignedTokenValidator validator) : IInboundAuthenticator
{
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var settings = options.Value;

        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return settings.IsAuthenticationDisabled
                ? AuthenticationResult.Anonymous()
                : AuthenticationResult.Fail("no Authorization header");
        }
        if (ReadBearerToken(authorizationHeader) is not { } token)
        {
            return AuthenticationResult.Fail("the Authorization header does not carry a well-formed Bearer JWT");
        }

        // A token from any other Entra tenant takes the channel path and fails there on its issuer.
        if (!EntraIssuers.Contains(token.Issuer, settings.MicrosoftAppTenantId))
        {
            return await AuthenticateChannelTokenAsync(token, activity, settings, cancellationToken);
        }
        return emulator.Value.AllowEmulatorTokens
            ? await AuthenticateEntraTokenAsync(token, activity, settings, cancellationToken)
            : AuthenticationResult.Fail("Entra ID (Emulator) tokens are not accepted: Bot:AllowEmulatorTokens is off");
    }

    private async Task<AuthenticationResult> AuthenticateChannelTokenAsync(
        JsonWebToken token, Activity activity, BotAuthenticationOptions settings, CancellationToken cancellationToken)
    {
        var check = await validator.ValidateAsync(
            token, settings.ToBotFromChannelOpenIdMetadataUrl, [settings.ToBotFromChannelTokenIssuer], cancellationToken);
        if (check.Failure is { } failure) return AuthenticationResult.Fail(failure);

        if (string.IsNullOrEmpty(settings.MicrosoftAppId) || !token.Audiences.Contains(settings.MicrosoftAppId, StringComparer.Ordinal))
        {
            return AuthenticationResult.Fail($"audience '{string.Join(",", token.Audiences)}' is not this bot's app id");
        }
        if (!check.Key!.IsEndorsedFor(activity.ChannelId))
        {
            return AuthenticationResult.Fail($"signing key '{check.Key.KeyId}' is not endorsed for channel '{activity.ChannelId}'");
        }
        if (!token.TryGetPayloadValue<string>(TokenClaims.ServiceUrl, out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return AuthenticationResult.Fail("the token has no serviceurl claim");
        }
        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail($"the token's serviceurl '{serviceUrl}' differs from the activity's '{activity.ServiceUrl}'");
        }
        return AuthenticationResult.Success(check.Identity!);
    }

    private async Task<AuthenticationResult> AuthenticateEntraTokenAsync(
        JsonWebToken token, Activity activity, BotAuthenticationOptions settings, CancellationToken cancellationToken)
    {
        var check = await validator.ValidateAsync(
            token, settings.ToBotFromEmulatorOpenIdMetadataUrl, EntraIssuers.For(settings.MicrosoftAppTenantId), cancellationToken);
        if (check.Failure is { } failure) return AuthenticationResult.Fail(failure);

        // Entra puts the issuing tenant in both iss and tid; a token where they differ was not made by Entra.
        if (token.TryGetPayloadValue<string>(TokenClaims.TenantId, out var tid) && !token.Issuer.Contains($"/{tid}/", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail($"the token's tid '{tid}' is not the tenant of its issuer '{token.Issuer}'");
        }
        if (!token.TryGetPayloadValue<string>(TokenClaims.Version, out var version))
        {
            return AuthenticationResult.Fail("the Entra token has no ver claim");
        }
        // v1 tokens name the calling app in appid, v2 tokens in azp.
        var appIdClaim = version switch
        {
            null or "" or "1.0" => TokenClaims.AppId,
            "2.0" => TokenClaims.AuthorizedParty,
            _ => null,
        };
        if (appIdClaim is null) return AuthenticationResult.Fail($"unknown Entra token version '{version}'");

        if (!token.TryGetPayloadValue<string>(appIdClaim, out var appId) || string.IsNullOrEmpty(appId))
        {
            return AuthenticationResult.Fail($"the Entra token (ver {version}) has no {appIdClaim} claim");
        }
        if (string.IsNullOrEmpty(settings.MicrosoftAppId) || !string.Equals(appId, settings.MicrosoftAppId, StringComparison.Ordinal))
        {
            return AuthenticationResult.Fail($"{appIdClaim} '{appId}' is not this bot's app id");
        }
        if (!token.Audiences.Contains(settings.MicrosoftAppId, StringComparer.Ordinal))
        {
            return AuthenticationResult.Fail($"audience '{string.Join(",", token.Audiences)}' is not this bot's app id");
        }
        // No serviceurl claim binds an Entra token to a channel, so replies could be sent (with the bot's own outbound
        // token) to any server the caller names: only this machine, or servers the operator listed, are allowed.
        if (!emulator.Value.AllowsServiceUrl(activity.ServiceUrl))
        {
            return AuthenticationResult.Fail($"serviceUrl '{activity.ServiceUrl}' is neither loopback nor listed in Bot:EmulatorServiceUrls");
        }
        return AuthenticationResult.Success(check.Identity!);
    }

    private static JsonWebToken? ReadBearerToken(string header)
    {
        var parts = header.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return new JsonWebToken(parts[1]);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException)
        {
            return null;
        }
    }
}
