using System.Collections;

namespace CasuistiekBot.Routing.Text;

/// <summary>
/// The tokens of one text, with an index built on first use that tells a term word which cannot occur anywhere in
/// the text. Routing tries some 800 terms on every casus; almost none occur, and the index rules them out without
/// comparing each against every token.
/// </summary>
internal sealed class TokenList(List<Token> tokens) : IReadOnlyList<Token>
{
    public const int GramLength = 5;

    private Index? _index;

    public Token this[int index] => tokens[index];

    public int Count => tokens.Count;

    /// <summary>Every text, stem and unprefixed stem; every prefix of a text (also after a "ge-"); every 5-letter piece of a text.</summary>
    public Index Lookup => _index ??= new Index(tokens);

    public IEnumerator<Token> GetEnumerator() => tokens.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal sealed class Index
    {
        public Index(List<Token> tokens)
        {
            foreach (var token in tokens)
            {
                Words.Add(token.Text);
                Words.Add(token.Stem);
                if (token.UnprefixedStem is { } unprefixed) Words.Add(unprefixed);
                AddPrefixes(token.Text);
                if (token.Text.StartsWith("ge", StringComparison.Ordinal)) AddPrefixes(token.Text[2..]);
                for (var i = 0; i + GramLength <= token.Text.Length; i++) Grams.Add(token.Text.Substring(i, GramLength));
            }
        }

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Grams { get; } = new(StringComparer.Ordinal);

        private void AddPrefixes(string text)
        {
            for (var length = 1; length <= text.Length; length++) Prefixes.Add(text[..length]);
        }
    }
}
