using System.Text.RegularExpressions;

namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>
/// What a card verb may look like: letters, digits, dots, dashes and underscores, at most <see cref="MaxLength"/> long
/// (<c>signal.snooze</c>, <c>intake.editField</c>). Anything else is refused before it is routed or logged, so a forged
/// verb can neither reach a handler lookup nor write into the log.
/// </summary>
public static partial class CardVerb
{
    public const int MaxLength = 64;

    public static bool IsWellFormed(string? verb) => verb is { Length: > 0 and <= MaxLength } && Alphabet().IsMatch(verb);

    /// <summary>The verb itself when well-formed, else only its length: a malformed verb never reaches the log.</summary>
    public static string ForLog(string? verb) => IsWellFormed(verb) ? verb! : verb is null ? "(none)" : $"(malformed, {verb.Length} characters)";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Alphabet();
}
