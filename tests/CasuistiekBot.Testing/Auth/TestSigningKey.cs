using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CasuistiekBot.Testing.Auth;

/// <summary>A locally generated RSA key pair with a kid and, like Bot Connector keys, an optional endorsements list.</summary>
public sealed class TestSigningKey
{
    private TestSigningKey(string keyId, RSA rsa, IReadOnlyList<string>? endorsements)
    {
        KeyId = keyId;
        Rsa = rsa;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public RSA Rsa { get; }

    public IReadOnlyList<string>? Endorsements { get; }

    /// <summary>A fresh 2048-bit key; pass an existing kid to build an impostor key that claims another key's id.</summary>
    public static TestSigningKey Create(string? keyId = null, IReadOnlyList<string>? endorsements = null) =>
        new(keyId ?? "test-" + Guid.NewGuid().ToString("N")[..12], RSA.Create(2048), endorsements);

    /// <summary>The public half as a JWKS entry, with <c>endorsements</c> when the key has them.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null) jwk["endorsements"] = Endorsements;
        return jwk;
    }

    /// <summary>Signing credentials for an RSA algorithm, announcing <paramref name="keyIdOverride"/> as kid when given.</summary>
    public SigningCredentials Credentials(string algorithm, string? keyIdOverride = null) =>
        new(new RsaSecurityKey(Rsa) { KeyId = keyIdOverride ?? KeyId }, algorithm);
}
