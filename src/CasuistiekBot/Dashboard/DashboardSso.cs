using System.Net;
using CasuistiekBot.AppPackage;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// The access token Teams hands the tab (<c>getAuthToken</c>), validated by ASP.NET Core's JWT bearer handler against
/// Entra ID's OpenID metadata: RS256 by a published key (refetched when a token names a key not yet known), audience
/// <c>api://&lt;host&gt;/&lt;app id&gt;</c> (v1 tokens) or the app id itself (v2), issuer v1 or v2 of an allowed tenant,
/// current lifetime on the app's clock. The tenant, user and scope claims are judged by <see cref="SsoClaims"/>.
/// </summary>
internal static class DashboardSso
{
    public const string Scheme = "DashboardSso";

    // IdentityModel 8 refetches the metadata in the background when a token names an unknown key, so the token that
    // first uses a rolled-over key would be refused. Blocking makes that request wait for the new keys instead;
    // refetches stay limited to one per RefreshInterval (5 minutes), so forged key ids cannot make the bot hammer Entra.
    private const string BlockingRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    public static IServiceCollection AddDashboardSso(this IServiceCollection services)
    {
        AppContext.SetSwitch(BlockingRefreshSwitch, true);
        services.AddAuthentication().AddJwtBearer(Scheme);
        services.AddOptions<JwtBearerOptions>(Scheme)
            .Configure<IOptions<DashboardOptions>, IOptions<TeamsAppOptions>, IConfiguration, TimeProvider>(Configure);
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, IOptions<DashboardOptions> dashboard, IOptions<TeamsAppOptions> app, IConfiguration configuration, TimeProvider clock)
    {
        var options = dashboard.Value;
        var appId = configuration["MicrosoftAppId"] ?? "";
        var tenants = SsoClaims.AllowedTenants(options, configuration);
        jwt.MetadataAddress = options.OpenIdMetadataUrl
            ?? $"https://login.microsoftonline.com/{tenants.FirstOrDefault() ?? "organizations"}/v2.0/.well-known/openid-configuration";
        jwt.RequireHttpsMetadata = !IsLoopback(jwt.MetadataAddress);
        // Claims keep their short Entra names (tid, oid, scp) instead of the WS-Federation URIs.
        jwt.MapInboundClaims = false;
        jwt.TimeProvider = clock;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidAudiences = string.IsNullOrWhiteSpace(app.Value.HostName) ? [appId] : [$"api://{app.Value.HostName}/{appId}", appId],
            ValidIssuers = [.. tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })],
            ClockSkew = options.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, parameters) =>
                Lifetime(clock.GetUtcNow().UtcDateTime, notBefore, expires, parameters.ClockSkew),
        };
        jwt.Events = new JwtBearerEvents
        {
            // The bot's own endpoint carries Bot Connector tokens, judged by the bot's authentication; this scheme reads
            // a bearer token on the dashboard's paths only.
            OnMessageReceived = context =>
            {
                if (!context.Request.Path.StartsWithSegments("/dashboard")) context.NoResult();
                return Task.CompletedTask;
            },
        };
    }

    private static bool Lifetime(DateTime now, DateTime? notBefore, DateTime? expires, TimeSpan skew) =>
        expires is { } end && now <= end + skew && (notBefore is not { } start || now >= start - skew);

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address);
}
