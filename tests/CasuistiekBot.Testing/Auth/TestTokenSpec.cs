namespace CasuistiekBot.Testing.Auth;

/// <summary>
/// Everything about a token the test issuer mints. Start from <see cref="TestTokenIssuer.ChannelTokenSpec"/> or
/// <see cref="TestTokenIssuer.EmulatorTokenSpec"/> and change what the test is about with <c>with</c>.
/// </summary>
public sealed record TestTokenSpec
{
    public required string Issuer { get; init; }

    public string? Audience { get; init; }

    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();

    /// <summary>RS256/RS384/RS512 sign with <see cref="SigningKey"/>; HS256 signs with a random shared secret; <c>none</c> is unsigned.</summary>
    public string Algorithm { get; init; } = "RS256";

    /// <summary>The key that signs; null means the issuer's current channel key.</summary>
    public TestSigningKey? SigningKey { get; init; }

    /// <summary>The kid written in the header; null means the signing key's own kid.</summary>
    public string? KeyId { get; init; }

    /// <summary>iat; null means the issuer's clock now.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>nbf; null means <see cref="IssuedAt"/>.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>exp; null means <see cref="IssuedAt"/> plus <see cref="Lifetime"/>.</summary>
    public DateTimeOffset? Expires { get; init; }

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    public TestTokenSpec WithClaim(string name, object value) =>
        this with { Claims = new Dictionary<string, object>(Claims) { [name] = value } };

    public TestTokenSpec WithoutClaim(string name) =>
        this with { Claims = Claims.Where(claim => claim.Key != name).ToDictionary() };
}
