using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// A cue's words in order, e.g. <c>"zich|zichzelf iets aandoen|aandoet"</c>: alternatives split by '|', a trailing '*'
/// makes a prefix, a trailing '$' means the word closes its phrase ("doet zichzelf iets aan."). Words match the folded
/// text exactly, never by stem: "zelfmoord" must not find "zelfmoordpreventie". Matches stay inside one clause, with at
/// most <c>gap</c> words between two pattern words; a gap of <see cref="AnyGap"/> allows the whole clause, which Dutch
/// needs for its verb bracket ("heeft zich vannacht ... gesneden").
/// </summary>
internal sealed class CuePattern
{
    public const int AnyGap = int.MaxValue;

    // A compound that starts with a cue but ends in one of these is about the subject, not about a danger:
    // zelfmoordpreventie, suïcidebeleid, bedreigingsprotocol; and a history, not a danger now: suïcideverleden.
    private static readonly string[] TopicHeads = ["preventie", "prevention", "beleid", "protocol", "training", "cursus", "code", "workshop", "verleden", "geschiedenis", "history"];

    private readonly Word[][] _words;
    private readonly int _gap;

    private CuePattern(Word[][] words, int gap) => (_words, _gap) = (words, gap);

    public static CuePattern Parse(string pattern, int gap)
    {
        var words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('|').Select(Word.Parse).ToArray())
            .ToArray();
        return new CuePattern(words, gap);
    }

    /// <summary>
    /// The alternatives of the first word, as (folded text, whether it is a prefix): what a <see cref="CueIndex"/> files
    /// the cue under, so that a message is tried only against cues whose first word it contains.
    /// </summary>
    public IEnumerable<(string Text, bool IsPrefix)> FirstWords => _words[0].Select(w => (w.Text, w.IsPrefix));

    public IEnumerable<(int First, int Last)> FindAll(IReadOnlyList<Token> tokens)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!Matches(0, tokens, start)) continue;
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
            for (var next = position + 1; next < tokens.Count && tokens[next].Clause == tokens[start].Clause; next++)
            {
                if (_gap != AnyGap && next - position - 1 > _gap) break;
                if (!Matches(w, tokens, next)) continue;
                found = next;
                break;
            }
            if (found < 0) return -1;
            position = found;
        }
        return position;
    }

    // Loops, not LINQ: this runs for every token of every message against every candidate cue.
    private bool Matches(int word, IReadOnlyList<Token> tokens, int index)
    {
        foreach (var alternative in _words[word])
        {
            if (alternative.Matches(tokens, index)) return true;
        }
        return false;
    }

    private sealed record Word(string Text, bool IsPrefix, bool ClosesPhrase)
    {
        public static Word Parse(string spec)
        {
            var closes = spec.EndsWith('$');
            var text = closes ? spec[..^1] : spec;
            var prefix = text.EndsWith('*');
            return new Word(TextTokenizer.Fold(prefix ? text[..^1] : text), prefix, closes);
        }

        public bool Matches(IReadOnlyList<Token> tokens, int index)
        {
            var token = tokens[index].Text;
            var matches = IsPrefix
                ? token.StartsWith(Text, StringComparison.Ordinal) && (token.Length == Text.Length || !EndsInTopicHead(token))
                : token == Text;
            return matches && (!ClosesPhrase || ScopeWords.EndsPhrase(tokens, index));
        }

        private static bool EndsInTopicHead(string token)
        {
            foreach (var head in TopicHeads)
            {
                if (token.EndsWith(head, StringComparison.Ordinal)) return true;
            }
            return false;
        }
    }
}
