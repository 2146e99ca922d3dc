using Microsoft.AspNetCore.Http;

namespace CasuistiekBot.Testing.Auth;

/// <summary>
/// One OpenID metadata document and its JWKS as served by <see cref="TestTokenIssuer"/> (the Bot Connector side or
/// the Entra/Emulator side). Counts how often each is fetched and can publish, rotate and withdraw keys.
/// </summary>
public sealed class TestIssuerAuthority
{
    private readonly Lock _gate = new();
    private readonly List<TestSigningKey> _published;
    private TestSigningKey _current;
    private int _metadataFetches;
    private int _keyFetches;

    internal TestIssuerAuthority(string metadataUrl, string keysUrl, string issuer, TestSigningKey initialKey)
    {
        MetadataUrl = metadataUrl;
        KeysUrl = keysUrl;
        Issuer = issuer;
        _current = initialKey;
        _published = [initialKey];
    }

    public string MetadataUrl { get; }

    public string KeysUrl { get; }

    /// <summary>The issuer named in the metadata document.</summary>
    public string Issuer { get; }

    public TestSigningKey CurrentKey { get { lock (_gate) return _current; } }

    public IReadOnlyList<TestSigningKey> PublishedKeys { get { lock (_gate) return [.. _published]; } }

    /// <summary>Requests for the metadata document, answered or not.</summary>
    public int MetadataFetchCount => Volatile.Read(ref _metadataFetches);

    /// <summary>Requests for the JWKS, answered or not.</summary>
    public int KeyFetchCount => Volatile.Read(ref _keyFetches);

    /// <summary>While true, metadata and keys are answered with 503, as during an outage.</summary>
    public bool IsUnavailable { get; set; }

    /// <summary>Publishes a new key next to the old ones and signs new tokens with it, as Microsoft does on key rollover.</summary>
    public TestSigningKey RotateKey()
    {
        lock (_gate)
        {
            var key = TestSigningKey.Create(endorsements: _current.Endorsements);
            _published.Add(key);
            _current = key;
            return key;
        }
    }

    public void Publish(TestSigningKey key) { lock (_gate) _published.Add(key); }

    public void Withdraw(string keyId) { lock (_gate) _published.RemoveAll(key => key.KeyId == keyId); }

    internal IResult ServeMetadata()
    {
        Interlocked.Increment(ref _metadataFetches);
        if (IsUnavailable) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = KeysUrl,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_signing_alg_values_supported"] = new[] { "RS256" },
        });
    }

    internal IResult ServeKeys()
    {
        Interlocked.Increment(ref _keyFetches);
        if (IsUnavailable) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        return Results.Json(new Dictionary<string, object> { ["keys"] = PublishedKeys.Select(key => key.ToJwk()).ToArray() });
    }
}
