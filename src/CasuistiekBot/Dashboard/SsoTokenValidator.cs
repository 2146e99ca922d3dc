using CasuistiekBot.AppPackage;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// Validates the access token Teams hands the tab (<c>getAuthToken</c>): RS256 signature by a key from Entra ID's
/// OpenID metadata, audience <c>api://&lt;host&gt;/&lt;app id&gt;</c> (v1 tokens) or the app id itself (v2 tokens),
/// issuer v1 or v2 of an allowed tenant, <c>tid</c> allowed, the delegated scope present, current lifetime.
/// </summary>
internal sealed class SsoTokenValidator
{
    private static readonly JsonWebTokenHandler Handler = new();

    private readonly EntraSigningKeys _keys;
    private readonly TokenValidationParameters _parameters;
    private readonly HashSet<string> _tenants;
    private readonly string _scope;

    public SsoTokenValidator(IOptions<DashboardOptions> options, IOptions<TeamsAppOptions> app, IConfiguration configuration, TimeProvider clock, ILogger<SsoTokenValidator> logger)
    {
        var appId = configuration["MicrosoftAppId"] ?? "";
        _tenants = new HashSet<string>(
            options.Value.AllowedTenants.Count > 0 ? options.Value.AllowedTenants : [configuration["MicrosoftAppTenantId"] ?? ""],
            StringComparer.OrdinalIgnoreCase);
        _tenants.Remove("");
        _scope = options.Value.RequiredScope;
        var metadataUrl = options.Value.OpenIdMetadataUrl
            ?? $"https://login.microsoftonline.com/{_tenants.FirstOrDefault() ?? "organizations"}/v2.0/.well-known/openid-configuration";
        _keys = new EntraSigningKeys(metadataUrl, clock, logger);
        _parameters = new TokenValidationParameters
        {
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            // v1 tokens carry the Application ID URI, v2 tokens the app id itself.
            ValidAudiences = string.IsNullOrWhiteSpace(app.Value.HostName) ? [appId] : [$"api://{app.Value.HostName}/{appId}", appId],
            ValidIssuers = [.. _tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })],
            ClockSkew = options.Value.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, parameters) =>
                Lifetime(clock.GetUtcNow().UtcDateTime, notBefore, expires, parameters.ClockSkew),
        };
    }

    public async Task<SsoTokenCheck> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (_tenants.Count == 0) return SsoTokenCheck.Invalid("no tenant is allowed (set Dashboard:AllowedTenants or MicrosoftAppTenantId)");
        var result = await ValidateWithKeysAsync(token, unknownKeySeen: false, cancellationToken);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            result = await ValidateWithKeysAsync(token, unknownKeySeen: true, cancellationToken);
        }
        if (!result.IsValid) return SsoTokenCheck.Invalid(result.Exception?.GetType().Name ?? "invalid token");

        var claims = result.Claims;
        var tenant = claims.TryGetValue("tid", out var tid) ? tid as string : null;
        var objectId = claims.TryGetValue("oid", out var oid) ? oid as string : null;
        var scopes = (claims.TryGetValue("scp", out var scp) ? scp as string : null)?.Split(' ') ?? [];
        if (tenant is null || !_tenants.Contains(tenant)) return SsoTokenCheck.Invalid($"tenant {tenant} is not allowed");
        if (string.IsNullOrEmpty(objectId)) return SsoTokenCheck.Invalid("the token names no user (oid)");
        if (!scopes.Contains(_scope, StringComparer.Ordinal)) return SsoTokenCheck.Invalid($"the token lacks the scope {_scope}");
        return SsoTokenCheck.Valid(new SsoUser(objectId.ToLowerInvariant(), tenant));
    }

    private async Task<TokenValidationResult> ValidateWithKeysAsync(string token, bool unknownKeySeen, CancellationToken cancellationToken)
    {
        var parameters = _parameters.Clone();
        try
        {
            parameters.IssuerSigningKeys = await _keys.GetAsync(unknownKeySeen, cancellationToken);
        }
        catch (IOException e)
        {
            return new TokenValidationResult { IsValid = false, Exception = e };
        }
        return await Handler.ValidateTokenAsync(token, parameters);
    }

    private static bool Lifetime(DateTime now, DateTime? notBefore, DateTime? expires, TimeSpan skew) =>
        expires is { } end && now <= end + skew && (notBefore is not { } start || now >= start - skew);
}
