using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// The routing tokenizer, with two corrections. It breaks a clause at "want" (Dutch "because"), which in English is the
/// verb of "she does not want to live": after a subject, a negation or an auxiliary, "want" is the verb and the clause
/// goes on. It also breaks at "toch" and "wel", which inside a clause are particles ("morgen ben ik er toch niet meer",
/// "ik krijg jou nog wel"): only at the start of a phrase, or after "maar", do they open a new clause.
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
            if (tokens[i].Clause == tokens[i - 1].Clause || tokens[i].Sentence != tokens[i - 1].Sentence) continue;
            var verb = tokens[i].Text is "want" or "wants" && BeforeEnglishVerb.Contains(tokens[i - 1].Text);
            var particle = tokens[i].Text is "toch" or "wel" && tokens[i].Clause == tokens[i - 1].Clause + 1
                && tokens[i].Phrase == tokens[i - 1].Phrase + 1 && tokens[i - 1].Text != "maar";
            if (!verb && !particle) continue;
            for (var j = i; j < tokens.Count; j++) tokens[j] = tokens[j] with { Clause = tokens[j].Clause - 1, Phrase = tokens[j].Phrase - 1 };
        }
        return tokens;
    }
}
