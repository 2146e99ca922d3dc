using CasuistiekBot.Framework.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Auth;

/// <summary>
/// The signing keys behind one OpenID metadata URL. Refetched when older than the refresh interval, and when a
/// token names a kid we do not know (Microsoft may add keys at any time), but such unknown-kid refetches are
/// spaced by a minimum interval so forged kids cannot turn the bot into a metadata-endpoint hammer.
/// </summary>
internal sealed class SigningKeyCache(
    string metadataUrl,
    SigningKeyFetcher fetcher,
    TimeProvider time,
    BotAuthenticationTuningOptions tuning,
    ILogger logger)
{
    private sealed record Snapshot(SigningKeySet Keys, DateTimeOffset RefreshDueAt);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _current;
    private DateTimeOffset? _lastUnknownKeyRefreshAt;

    public string MetadataUrl => metadataUrl;

    /// <summary>The key with this kid, or null when it is unknown even after any refetch the rate limit allows.</summary>
    /// <exception cref="SigningKeysUnavailableException">No keys could ever be fetched.</exception>
    public async Task<BotSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var (keys, fetchedJustNow) = await GetCurrentAsync(cancellationToken);
        if (keys.Find(keyId) is { } key) return key;
        // Keys fetched for this very request are as fresh as they get; fetching again cannot help.
        return fetchedJustNow ? null : await RefreshForUnknownKeyAsync(keyId, cancellationToken);
    }

    private async Task<(SigningKeySet Keys, bool FetchedJustNow)> GetCurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is { } fresh && time.GetUtcNow() < fresh.RefreshDueAt) return (fresh.Keys, false);

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } refreshed && time.GetUtcNow() < refreshed.RefreshDueAt) return (refreshed.Keys, false);
            return (await RefreshLockedAsync(cancellationToken), true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<BotSigningKey?> RefreshForUnknownKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another request may have refetched while this one waited.
            if (_current?.Keys.Find(keyId) is { } key) return key;

            var now = time.GetUtcNow();
            if (_lastUnknownKeyRefreshAt is { } last && now - last < tuning.MinimumUnknownKeyRefreshInterval)
            {
                return null;
            }
            _lastUnknownKeyRefreshAt = now;
            logger.LogInformation("Signing key {KeyId} is unknown; refetching keys from {MetadataUrl}", LogValue.Safe(keyId, 100), metadataUrl);
            return (await RefreshLockedAsync(cancellationToken)).Find(keyId);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningKeySet> RefreshLockedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var keys = await fetcher.FetchAsync(metadataUrl, cancellationToken);
            _current = new Snapshot(keys, time.GetUtcNow() + tuning.KeyRefreshInterval);
            logger.LogInformation("Fetched {KeyCount} signing keys from {MetadataUrl}", keys.Count, metadataUrl);
            return keys;
        }
        catch (Exception exception) when (IsFetchFailure(exception) && !cancellationToken.IsCancellationRequested)
        {
            if (_current is not { } stale)
            {
                throw new SigningKeysUnavailableException(metadataUrl, exception);
            }
            // Keep trusting the keys we have rather than failing every request; try again after the short interval.
            _current = stale with { RefreshDueAt = time.GetUtcNow() + tuning.MinimumUnknownKeyRefreshInterval };
            logger.LogWarning(exception, "Refetching signing keys from {MetadataUrl} failed; keeping the {KeyCount} cached keys", metadataUrl, stale.Keys.Count);
            return stale.Keys;
        }
    }

    // A timeout surfaces as TaskCanceledException; the caller's own cancellation is excluded by the filter above.
    private static bool IsFetchFailure(Exception exception) =>
        exception is HttpRequestException or InvalidDataException or System.Text.Json.JsonException or UriFormatException or TaskCanceledException;
}
