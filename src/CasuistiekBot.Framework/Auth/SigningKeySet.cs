using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CasuistiekBot.Framework.Auth;

/// <summary>The RSA keys of one JWKS document, by <c>kid</c>.</summary>
internal sealed class SigningKeySet(IReadOnlyDictionary<string, BotSigningKey> keys)
{
    public int Count => keys.Count;

    public BotSigningKey? Find(string keyId) => keys.GetValueOrDefault(keyId);

    /// <summary>Reads <c>{"keys":[...]}</c>; keys without a kid or of another type than RSA can never verify a token here, so they are skipped.</summary>
    public static SigningKeySet Parse(JsonElement jwks)
    {
        if (jwks.ValueKind != JsonValueKind.Object || !jwks.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The JWKS document has no 'keys' array.");
        }

        var keys = new Dictionary<string, BotSigningKey>(StringComparer.Ordinal);
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object) continue;
            if (ReadString(element, "kid") is not { Length: > 0 } kid || ReadString(element, "kty") != "RSA") continue;
            keys[kid] = new BotSigningKey(kid, new JsonWebKey(element.GetRawText()), ReadEndorsements(element));
        }
        return new SigningKeySet(keys);
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[]? ReadEndorsements(JsonElement element) =>
        element.TryGetProperty("endorsements", out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : null;
}
