using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Auth;

/// <summary>One <see cref="SigningKeyCache"/> per metadata URL, for the life of the app.</summary>
internal sealed class SigningKeyCaches(
    SigningKeyFetcher fetcher,
    TimeProvider time,
    IOptions<BotAuthenticationTuningOptions> tuning,
    ILogger<SigningKeyCache> logger)
{
    private readonly ConcurrentDictionary<string, SigningKeyCache> _caches = new(StringComparer.Ordinal);

    public SigningKeyCache For(string metadataUrl) =>
        _caches.GetOrAdd(metadataUrl, url => new SigningKeyCache(url, fetcher, time, tuning.Value, logger));
}
