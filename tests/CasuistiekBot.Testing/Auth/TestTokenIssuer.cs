using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CasuistiekBot.Testing.Auth;

/// <summary>
/// A stand-in for login.botframework.com and Entra ID: a real Kestrel server on 127.0.0.1 serving OpenID metadata and
/// JWKS (Bot Connector keys endorsed for <c>msteams</c>), plus a minter for any token a test needs. Point the app at it
/// with <see cref="AppConfiguration"/>.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string DefaultAppId = "6f0bd3c5-3b56-4d5a-9b8e-0c1a2b3c4d5e";
    /// <summary>The bot's tenant: the tenant of <see cref="Pipeline.TestActivities"/>, so the default tenant filter serves test users.</summary>
    public const string DefaultTenantId = Pipeline.TestActivities.TenantId;
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string ChannelIssuer = "https://api.botframework.com";

    private static readonly string[] DefaultEndorsements = ["msteams"];

    private readonly WebApplication _server;
    private readonly TimeProvider _clock;

    private TestTokenIssuer(WebApplication server, string baseAddress, TimeProvider clock)
    {
        _server = server;
        _clock = clock;
        BaseAddress = baseAddress;
        Channel = new TestIssuerAuthority(
            $"{baseAddress}/channel/v1/.well-known/openidconfiguration", $"{baseAddress}/channel/v1/.well-known/keys",
            ChannelIssuer, TestSigningKey.Create(endorsements: DefaultEndorsements));
        Emulator = new TestIssuerAuthority(
            $"{baseAddress}/entra/v2.0/.well-known/openid-configuration", $"{baseAddress}/entra/discovery/v2.0/keys",
            "https://login.microsoftonline.com/{tenantid}/v2.0", TestSigningKey.Create());
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseAddress { get; }

    /// <summary>The Bot Connector side: its metadata URL is the app's <c>ToBotFromChannelOpenIdMetadataUrl</c>.</summary>
    public TestIssuerAuthority Channel { get; }

    /// <summary>The Entra ID side: its metadata URL is the app's <c>ToBotFromEmulatorOpenIdMetadataUrl</c>.</summary>
    public TestIssuerAuthority Emulator { get; }

    public string ToBotFromChannelOpenIdMetadataUrl => Channel.MetadataUrl;

    public string ToBotFromEmulatorOpenIdMetadataUrl => Emulator.MetadataUrl;

    /// <summary>Starts the server. Tokens get their iat/nbf/exp from <paramref name="clock"/> (the system clock by default).</summary>
    public static async Task<TestTokenIssuer> StartAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TestTokenIssuer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = builder.Build();
        TestTokenIssuer? issuer = null;
        server.MapGet("/channel/v1/.well-known/openidconfiguration", () => issuer!.Channel.ServeMetadata());
        server.MapGet("/channel/v1/.well-known/keys", () => issuer!.Channel.ServeKeys());
        server.MapGet("/entra/v2.0/.well-known/openid-configuration", () => issuer!.Emulator.ServeMetadata());
        server.MapGet("/entra/discovery/v2.0/keys", () => issuer!.Emulator.ServeKeys());

        await server.StartAsync(cancellationToken);
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        issuer = new TestTokenIssuer(server, address.TrimEnd('/'), clock ?? TimeProvider.System);
        return issuer;
    }

    /// <summary>
    /// The configuration an app needs to trust this issuer, under the SDK's key names (add it to the app's
    /// configuration, e.g. with <c>AddInMemoryCollection</c>). An empty <paramref name="appId"/> leaves auth disabled.
    /// </summary>
    public IReadOnlyDictionary<string, string?> AppConfiguration(string appId = DefaultAppId, string tenantId = DefaultTenantId) =>
        new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appId.Length == 0 ? "" : "test-secret-not-used-inbound",
            ["MicrosoftAppTenantId"] = tenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = ToBotFromChannelOpenIdMetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = ChannelIssuer,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = ToBotFromEmulatorOpenIdMetadataUrl,
        };

    /// <summary>A token as the Bot Connector sends it: iss api.botframework.com, aud = app id, serviceurl claim, current channel key.</summary>
    public TestTokenSpec ChannelTokenSpec(string appId = DefaultAppId, string serviceUrl = DefaultServiceUrl) => new()
    {
        Issuer = ChannelIssuer,
        Audience = appId,
        SigningKey = Channel.CurrentKey,
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
    };

    /// <summary>An Entra ID token for the bot's own app, as the Emulator sends it: v1 (sts.windows.net, appid) or v2 (login.microsoftonline.com, azp).</summary>
    public TestTokenSpec EmulatorTokenSpec(string appId = DefaultAppId, string version = "1.0", string tenantId = DefaultTenantId) => new()
    {
        Issuer = version == "2.0" ? $"https://login.microsoftonline.com/{tenantId}/v2.0" : $"https://sts.windows.net/{tenantId}/",
        Audience = appId,
        SigningKey = Emulator.CurrentKey,
        Claims = new Dictionary<string, object>
        {
            ["ver"] = version,
            [version == "2.0" ? "azp" : "appid"] = appId,
            ["tid"] = tenantId,
        },
    };

    public string CreateChannelToken(string appId = DefaultAppId, string serviceUrl = DefaultServiceUrl, Func<TestTokenSpec, TestTokenSpec>? customize = null) =>
        CreateToken((customize ?? (spec => spec))(ChannelTokenSpec(appId, serviceUrl)));

    public string CreateEmulatorToken(string appId = DefaultAppId, string version = "1.0", Func<TestTokenSpec, TestTokenSpec>? customize = null) =>
        CreateToken((customize ?? (spec => spec))(EmulatorTokenSpec(appId, version)));

    /// <summary>The value of an Authorization header for a token.</summary>
    public static string BearerHeader(string token) => "Bearer " + token;

    public string CreateToken(TestTokenSpec spec)
    {
        var issuedAt = spec.IssuedAt ?? _clock.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            Claims = new Dictionary<string, object>(spec.Claims),
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = (spec.NotBefore ?? issuedAt).UtcDateTime,
            Expires = (spec.Expires ?? issuedAt + spec.Lifetime).UtcDateTime,
        };
        var key = spec.SigningKey ?? Channel.CurrentKey;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };

        switch (spec.Algorithm)
        {
            case SecurityAlgorithms.HmacSha256:
                // The classic confusion attack: a shared-secret signature presented under an RSA key's kid.
                descriptor.SigningCredentials = new SigningCredentials(
                    new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = spec.KeyId ?? key.KeyId }, spec.Algorithm);
                return handler.CreateToken(descriptor);
            case "none":
                return Unsigned(handler, descriptor, spec.KeyId ?? key.KeyId);
            default:
                descriptor.SigningCredentials = key.Credentials(spec.Algorithm, spec.KeyId);
                return handler.CreateToken(descriptor);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync(CancellationToken.None);
        await _server.DisposeAsync();
    }

    private static string Unsigned(JsonWebTokenHandler handler, SecurityTokenDescriptor descriptor, string keyId)
    {
        descriptor.SigningCredentials = null;
        var payload = handler.CreateToken(descriptor).Split('.')[1];
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","kid":"{{keyId}}","typ":"JWT"}"""));
        return $"{header}.{payload}.";
    }
}
