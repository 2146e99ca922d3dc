namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// "'Het Wilhelmus'", "een Rembrandt", "the Gerarda Maria", "de boot, de Gerarda Maria": after an article a capitalised
/// name names a thing (a song, a ship, a painting), not a person, whichever rule took it. "de" is also the particle of
/// family names ("de Vries"), so after "de" only a name of two or more words that does not open with a listed family name
/// gives way.
/// </summary>
internal static class ArticleBeforeName
{
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "het", "een", "the", "an" };

    public static List<DetectedSpan> Without(string text, List<DetectedSpan> spans, NameEvidence evidence) =>
        spans.Where(span => span.Kind != PersonalDataKinds.Name || !NamesAThing(text, span, evidence)).ToList();

    private static bool NamesAThing(string text, DetectedSpan span, NameEvidence evidence)
    {
        if (!char.IsUpper(text[span.Start])) return false;
        var before = WordBefore(text, span.Start);
        if (before.Length == 0) return false;
        if (Articles.Contains(before) || before == "a") return true;
        if (before is not ("de" or "De")) return false;
        var words = text[span.Start..span.End].Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !NameLexicon.Particles.Contains(words[0]) && !evidence.IsSurname(words[0]);
    }

    /// <summary>The word right before <paramref name="position"/>, past spaces and an opening quote; empty after other punctuation.</summary>
    private static string WordBefore(string text, int position)
    {
        var i = position;
        if (i > 0 && text[i - 1] is '\'' or '‘' or '"' or '“') i--;
        var end = i;
        while (i > 0 && text[i - 1] is ' ' or '\u00A0') i--;
        if (i == end) return "";
        end = i;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '\'' or '’') ? "" : text[i..end];
    }
}
