using CasuistiekBot.Framework.Dialogs;

namespace CasuistiekBot.Understanding;

/// <summary>
/// Which choices an answer's words point to. A choice counts as named when a word only it has appears, or all the words
/// of one of its phrases do; a choice whose words are all part of another named choice's ("coördinatoren" within "de
/// coördinatoren en het panel") gives way to it; a choice right after "niet"/"geen" is turned down.
/// </summary>
internal static class ChoiceMentions
{
    public static List<FlowChoice> Find(IReadOnlyList<FlowChoice> choices, string[] tokens)
    {
        var phrases = choices.Select(c => ChoiceReader.Phrases(c).ToList()).ToList();
        var words = phrases.Select(ps => ps.SelectMany(p => p).Where(IsContent).ToHashSet(StringComparer.Ordinal)).ToList();

        // The answer's places each choice touches, and the places only one choice touches.
        var touched = choices.Select(_ => new HashSet<int>()).ToList();
        var own = choices.Select(_ => false).ToList();
        var protectedPlaces = ProtectedByPhrase(phrases, tokens);
        for (var p = 0; p < tokens.Length; p++)
        {
            if (!IsContent(tokens[p])) continue;
            var owners = Enumerable.Range(0, choices.Count).Where(c => words[c].Any(w => Similarity.Matches(tokens[p], w))).ToList();
            foreach (var c in owners)
            {
                if (Negated(tokens, p) && !protectedPlaces[c].Contains(p)) continue;
                touched[c].Add(p);
                if (owners.Count == 1) own[c] = true;
            }
        }

        var named = Enumerable.Range(0, choices.Count)
            .Where(c => own[c] || phrases[c].Any(phrase => Covered(phrase, tokens, touched[c])))
            .ToList();
        return named
            .Where(c => !named.Any(other => other != c && touched[c].IsProperSubsetOf(touched[other])))
            .Select(c => choices[c])
            .ToList();
    }

    private static bool IsContent(string word) => !ChoiceWords.Stop.Contains(word) && !ChoiceWords.Negations.Contains(word) && (word.Length >= 3 || word.All(char.IsDigit));

    // Every content word of the phrase appears among the places this choice touched.
    private static bool Covered(string[] phrase, string[] tokens, HashSet<int> places)
    {
        var content = phrase.Where(IsContent).ToList();
        return content.Count > 0 && content.All(w => places.Any(p => Similarity.Matches(tokens[p], w)));
    }

    // "niet anoniem", "liever niet met naam", "het panel niet": a negation before the word (past words that say nothing),
    // or right after it, turns the choice down.
    private static bool Negated(string[] tokens, int place)
    {
        if (place + 1 < tokens.Length && tokens[place + 1] is "niet" or "not") return true;
        var before = place - 1;
        while (before >= 0 && ChoiceWords.Stop.Contains(tokens[before])) before--;
        return before >= 0 && ChoiceWords.Negations.Contains(tokens[before]);
    }

    // Places inside a choice's own phrase that starts with a negation ("niet overgenomen") are not turned down by it.
    private static List<HashSet<int>> ProtectedByPhrase(List<List<string[]>> phrases, string[] tokens)
    {
        var result = phrases.Select(_ => new HashSet<int>()).ToList();
        for (var c = 0; c < phrases.Count; c++)
        {
            foreach (var phrase in phrases[c].Where(p => p.Length > 1 && ChoiceWords.Negations.Contains(p[0])))
            {
                for (var at = 0; at + phrase.Length <= tokens.Length; at++)
                {
                    if (Enumerable.Range(0, phrase.Length).All(k => Similarity.Matches(tokens[at + k], phrase[k])))
                    {
                        result[c].UnionWith(Enumerable.Range(at, phrase.Length));
                    }
                }
            }
        }
        return result;
    }
}
