namespace CasuistiekBot.Routing.Text;

/// <summary>
/// Decides whether a match is denied ("geen sprake van intimidatie", "hij intimideert mij niet"). Looks a few
/// words back, and a few words ahead for Dutch's trailing "niet", never across a clause boundary.
/// </summary>
internal static class Negation
{
    private const int WindowBefore = 4;
    private const int WindowAfter = 3;

    private static readonly HashSet<string> Negators =
    [
        "geen", "niet", "nooit", "zonder", "noch", "nergens", "niets", "niemand",
        "no", "not", "never", "without", "nor", "nothing", "nobody", "none", "cannot", "isnt", "wasnt", "doesnt", "didnt", "dont", "arent", "werent",
    ];

    private static readonly HashSet<string> TrailingNegators = ["niet", "nooit", "not", "never"];

    // "niet alleen ... maar ook" affirms rather than denies.
    private static readonly HashSet<string> Affirming = ["alleen", "enkel", "slechts", "only", "just"];

    public static bool IsNegated(IReadOnlyList<Token> tokens, int first, int last)
    {
        var clause = tokens[first].Clause;
        for (var i = first - 1; i >= 0 && i >= first - WindowBefore && tokens[i].Clause == clause; i--)
        {
            if (Negators.Contains(tokens[i].Text) && !IsAffirming(tokens, i)) return true;
        }
        var endPhrase = tokens[last].Phrase;
        for (var i = last + 1; i < tokens.Count && i <= last + WindowAfter && tokens[i].Phrase == endPhrase; i++)
        {
            if (TrailingNegators.Contains(tokens[i].Text) && !IsAffirming(tokens, i)) return true;
        }
        return false;
    }

    private static bool IsAffirming(IReadOnlyList<Token> tokens, int negator) =>
        negator + 1 < tokens.Count && Affirming.Contains(tokens[negator + 1].Text);
}
