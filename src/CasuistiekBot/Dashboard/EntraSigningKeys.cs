using System.Net;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// Entra ID's signing keys from its OpenID metadata, refetched daily and at once when a token names a key we do not
/// know (Entra rolls keys over), but such forced refetches at most once a minute so forged key ids cannot make the
/// bot hammer Entra. When a refetch fails the keys already known stay in use.
/// </summary>
internal sealed class EntraSigningKeys(string metadataUrl, TimeProvider clock, ILogger logger)
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    private static readonly TimeSpan MinimumForcedInterval = TimeSpan.FromMinutes(1);

    private readonly HttpDocumentRetriever _retriever = new() { RequireHttps = !IsLoopback(metadataUrl) };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ICollection<SecurityKey>? _keys;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset _forcedAt = DateTimeOffset.MinValue;

    /// <summary>The keys; with <paramref name="unknownKeySeen"/> a refetch is tried first (rate-limited).</summary>
    /// <exception cref="IOException">No keys could be fetched yet.</exception>
    public async Task<ICollection<SecurityKey>> GetAsync(bool unknownKeySeen, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            var due = _keys is null || now - _fetchedAt >= RefreshInterval || (unknownKeySeen && now - _forcedAt >= MinimumForcedInterval);
            if (!due) return _keys!;
            if (unknownKeySeen) _forcedAt = now;
            try
            {
                var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, _retriever, cancellationToken);
                (_keys, _fetchedAt) = (configuration.SigningKeys, now);
            }
            catch (Exception e) when (e is IOException or HttpRequestException or InvalidOperationException or ArgumentException && !cancellationToken.IsCancellationRequested)
            {
                if (_keys is null) throw new IOException($"the signing keys at {metadataUrl} cannot be fetched", e);
                logger.LogWarning(e, "Refetching signing keys from {MetadataUrl} failed; keeping the {KeyCount} known keys", metadataUrl, _keys.Count);
            }
            return _keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address);
}
