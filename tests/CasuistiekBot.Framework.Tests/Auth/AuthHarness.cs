using CasuistiekBot.Framework.Auth;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Auth;

/// <summary>A test issuer on a real port, a fake clock, and the authenticator wired exactly as the app wires it.</summary>
internal sealed class AuthHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AuthHarness(FakeTimeProvider clock, TestTokenIssuer issuer, ServiceProvider services)
    {
        Clock = clock;
        Issuer = issuer;
        _services = services;
        Authenticator = services.GetRequiredService<IInboundAuthenticator>();
    }

    public FakeTimeProvider Clock { get; }

    public TestTokenIssuer Issuer { get; }

    public IInboundAuthenticator Authenticator { get; }

    public static async Task<AuthHarness> StartAsync(string appId = TestTokenIssuer.DefaultAppId, IDictionary<string, string?>? overrides = null)
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        var issuer = await TestTokenIssuer.StartAsync(clock);
        var settings = new Dictionary<string, string?>(issuer.AppConfiguration(appId));
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddBotAuthentication(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new AuthHarness(clock, issuer, services);
    }

    public static Activity Activity(string? serviceUrl = TestTokenIssuer.DefaultServiceUrl, string? channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Text = "hallo",
    };

    public Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity? activity = null) =>
        Authenticator.AuthenticateAsync(authorizationHeader, activity ?? Activity(), CancellationToken.None);

    public Task<AuthenticationResult> AuthenticateTokenAsync(string token, Activity? activity = null) =>
        AuthenticateAsync(TestTokenIssuer.BearerHeader(token), activity);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
