namespace CasuistiekBot.Framework.Auth;

/// <summary>The SDK's allow-list: RSA signatures only, so HS256 (key confusion) and <c>none</c> never get near a key.</summary>
internal static class SigningAlgorithms
{
    public static readonly IReadOnlyList<string> Allowed = ["RS256", "RS384", "RS512"];

    public static bool IsAllowed(string? algorithm) => algorithm is not null && Allowed.Contains(algorithm, StringComparer.Ordinal);
}
