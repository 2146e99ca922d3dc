namespace CasuistiekBot.Framework.Tests.Auth;

/// <summary>Gives every test its own issuer, clock and authenticator.</summary>
public abstract class AuthHarnessTest : IAsyncLifetime
{
    private AuthHarness? _harness;

    internal AuthHarness Harness => _harness ?? throw new InvalidOperationException("The harness starts in InitializeAsync.");

    protected virtual string AppId => CasuistiekBot.Testing.Auth.TestTokenIssuer.DefaultAppId;

    /// <summary>Configuration on top of the issuer's (e.g. <c>Bot:AllowEmulatorTokens</c>).</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync() => _harness = await AuthHarness.StartAsync(AppId, Settings);

    public async Task DisposeAsync()
    {
        if (_harness is not null) await _harness.DisposeAsync();
    }
}
