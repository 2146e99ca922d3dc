using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// The routing tokenizer, with one correction: it breaks a clause at "want" (Dutch "because"), which in English is the
/// verb of "she does not want to live". After a subject, a negation or an auxiliary, "want" is the verb and the clause
/// goes on.
/// </summary>
internal static class DangerTokens
{
    private static readonly HashSet<string> BeforeEnglishVerb =
        ["i", "you", "we", "they", "not", "dont", "doesnt", "didnt", "do", "does", "did", "really", "also", "still", "would", "who", "to", "no"];

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = TextTokenizer.Tokenize(text).ToList();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Text is not ("want" or "wants") || !BeforeEnglishVerb.Contains(tokens[i - 1].Text) || tokens[i].Clause == tokens[i - 1].Clause) continue;
            for (var j = i; j < tokens.Count; j++) tokens[j] = tokens[j] with { Clause = tokens[j].Clause - 1, Phrase = tokens[j].Phrase - 1 };
        }
        return tokens;
    }
}
