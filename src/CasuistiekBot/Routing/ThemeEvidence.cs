using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

/// <summary>
/// What counts as evidence of a theme in a casus: a word of the text, counted once (a word that matches two signals of
/// a theme, like "schulden" for both "schulden" and "schuld", is one piece of evidence, not two), and a signal found
/// inside a longer word only where it is a part of that compound: at its start ("asielzoeker", "nareisverzoek") or at
/// its end, give or take an inflection ("verkeersboetes", "gezinshereniging"). A signal in the middle of an unrelated
/// word ("schuld" in "verschuldigd", "beschik" in "beschikbaar") is a stray substring, not a word about the theme. The
/// route ranking keeps its own, looser matching.
/// </summary>
internal static class ThemeEvidence
{
    private static readonly string[] Endings = ["", "e", "en", "es", "s", "ing", "ingen", "er", "ers", "d", "de", "t"];

    public static double Score(CompiledTheme theme, IReadOnlyList<Token> tokens)
    {
        var byWord = new Dictionary<int, double>();
        foreach (var signal in theme.Signals)
        {
            var word = Word.Of(signal.Term);
            foreach (var (first, last) in signal.Pattern.FindAll(tokens))
            {
                if (!signal.Placed(tokens, first) || (word is not null && !word.IsPartOf(tokens[first]))) continue;
                byWord[first] = Math.Max(byWord.GetValueOrDefault(first), signal.Weight);
                break;
            }
        }
        return byWord.Values.Sum();
    }

    /// <summary>A one-word, non-prefix term as the tokenizer reads it; null for a phrase or a prefix ("seizoen*").</summary>
    private sealed record Word(string Text, string Stem)
    {
        public static Word? Of(string term)
        {
            if (term.Contains(' ', StringComparison.Ordinal) || term.EndsWith('*')) return null;
            var tokens = TextTokenizer.Tokenize(term);
            return tokens.Count == 1 ? new Word(tokens[0].Text, tokens[0].Stem) : null;
        }

        public bool IsPartOf(Token token)
        {
            if (token.Stem == Stem || token.Text == Text || token.UnprefixedStem == Stem) return true;
            var text = token.Text;
            if (text.StartsWith(Text, StringComparison.Ordinal)) return true;
            foreach (var ending in Endings)
            {
                if (text.EndsWith(Text + ending, StringComparison.Ordinal) || text.EndsWith(Stem + ending, StringComparison.Ordinal)) return true;
            }
            return false;
        }
    }
}
