namespace CasuistiekBot.Routing.Text;

/// <summary>
/// One table term compiled for matching: a word or a phrase. A word matches the same stem, its "ge-" participle,
/// or (for stems of five letters or more) any word that contains it, which covers compounds like asielaanvraag.
/// A trailing '*' turns a word into a prefix. Phrase words must appear in order with at most two words between.
/// </summary>
internal sealed class TermPattern
{
    private const int MaximumGap = 2;
    // Also the length of the pieces TokenList indexes, so that a stem found by Contains is always in that index.
    private const int ContainsFrom = TokenList.GramLength;

    private readonly PatternWord[] _words;

    private TermPattern(PatternWord[] words) => _words = words;

    public int WordCount => _words.Length;

    public static TermPattern? TryParse(string term)
    {
        var words = new List<PatternWord>();
        foreach (var part in term.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var prefix = part.EndsWith('*');
            var pieces = TextTokenizer.Tokenize(prefix ? part[..^1] : part);
            for (var i = 0; i < pieces.Count; i++)
            {
                var isLast = i == pieces.Count - 1;
                words.Add(new PatternWord(pieces[i].Text, pieces[i].Stem, prefix && isLast));
            }
        }
        return words.Count == 0 ? null : new TermPattern([.. words]);
    }

    /// <summary>Every place the term occurs, as (first token, last token) index pairs.</summary>
    public IEnumerable<(int First, int Last)> FindAll(IReadOnlyList<Token> tokens) =>
        tokens is TokenList list && !CanOccurIn(list.Lookup) ? [] : Scan(tokens);

    // Each word of the term must match some token for the term to occur at all.
    private bool CanOccurIn(TokenList.Index index)
    {
        foreach (var word in _words)
        {
            if (!word.CanMatchSomeToken(index)) return false;
        }
        return true;
    }

    private IEnumerable<(int First, int Last)> Scan(IReadOnlyList<Token> tokens)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!_words[0].Matches(tokens[start])) continue;
            var end = MatchRest(tokens, start);
            if (end >= 0) yield return (start, end);
        }
    }

    private int MatchRest(IReadOnlyList<Token> tokens, int start)
    {
        var position = start;
        for (var w = 1; w < _words.Length; w++)
        {
            var found = -1;
            for (var next = position + 1; next <= position + 1 + MaximumGap && next < tokens.Count; next++)
            {
                if (!_words[w].Matches(tokens[next])) continue;
                found = next;
                break;
            }
            if (found < 0) return -1;
            position = found;
        }
        return position;
    }

    private sealed record PatternWord(string Text, string Stem, bool IsPrefix)
    {
        private readonly string? _gram = Stem.Length >= ContainsFrom ? Stem[..TokenList.GramLength] : null;

        /// <summary>False when no token can match: the exact test below then never needs to run.</summary>
        public bool CanMatchSomeToken(TokenList.Index index) => IsPrefix
            ? index.Prefixes.Contains(Text)
            : index.Words.Contains(Stem) || index.Words.Contains(Text) || (_gram is not null && index.Grams.Contains(_gram));

        public bool Matches(Token token)
        {
            if (IsPrefix)
            {
                return token.Text.StartsWith(Text, StringComparison.Ordinal)
                    || (token.Text.StartsWith("ge", StringComparison.Ordinal) && token.Text.AsSpan(2).StartsWith(Text, StringComparison.Ordinal));
            }
            return token.Stem == Stem
                || token.Text == Text
                || token.UnprefixedStem == Stem
                || (Stem.Length >= ContainsFrom && token.Text.Contains(Stem, StringComparison.Ordinal));
        }
    }
}
