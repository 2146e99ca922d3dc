using System.Security.Cryptography;
using System.Text;

namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>
/// A one-off value a form card carries in its action data (field <see cref="Field"/>), generated each time the card is
/// rendered, so that a handler which creates something can tell a repeat (a double click, a replayed activity) from a
/// new submission: it stores <see cref="KeyOf"/> with what it created, under a unique index, and answers a repeat with
/// the existing item.
/// </summary>
public static class CardNonce
{
    /// <summary>The name of the action data field that carries the nonce.</summary>
    public const string Field = "nonce";

    /// <summary>The longest key <see cref="KeyOf"/> returns; size the stored column to it.</summary>
    public const int KeyLength = 43;

    private const int MinLength = 16;
    private const int MaxLength = 64;

    /// <summary>A fresh nonce for a card being rendered: 128 random bits, URL-safe.</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// The value to store with what <paramref name="action"/> creates: its nonce bound to <paramref name="actor"/> (a
    /// shared card shows every viewer the same nonce, and someone else's nonce must never return their item) and to
    /// <paramref name="content"/> when one card may rightly submit several different things. Null when the action
    /// carries no nonce or a malformed one (a card rendered before nonces existed): then there is nothing to match.
    /// </summary>
    public static string? KeyOf(CardAction action, string? actor, string? content = null)
    {
        var nonce = action.GetString(Field);
        if (string.IsNullOrEmpty(actor) || nonce is null || nonce.Length is < MinLength or > MaxLength || !nonce.All(IsUrlSafe)) return null;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{actor.ToLowerInvariant()}\n{nonce}\n{content}"));
        return Base64Url(hash);
    }

    private static bool IsUrlSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
