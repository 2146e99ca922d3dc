namespace CasuistiekBot.Framework.Connector;

/// <summary>Without an app id the Bot Framework sends no token at all; the Playground and Emulator accept that.</summary>
internal sealed class AnonymousTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
