namespace CasuistiekBot.Framework.Connector;

/// <summary>Bearer tokens for calls from the bot to the channel.</summary>
public interface IBotTokenProvider
{
    /// <summary>A valid access token, or <c>null</c> when the bot runs without an app id (local development).</summary>
    /// <exception cref="BotTokenException">No token could be obtained after the retries.</exception>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
