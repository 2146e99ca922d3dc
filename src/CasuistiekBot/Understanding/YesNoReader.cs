namespace CasuistiekBot.Understanding;

/// <summary>
/// Yes or no as people say it: "jazeker", "klopt", "is goed", "liever niet", "nope". The opening words decide; what follows
/// may still turn a yes into a correction ("ja, alleen de datum klopt niet") or make the answer unclear.
/// </summary>
internal static class YesNoReader
{
    public static YesNoAnswer Read(string text)
    {
        var trimmed = text.Trim();
        if (trimmed is "👍" or "👍🏻" or "👍🏼" or "👍🏽" or "✅" or "✔️") return YesNoAnswer.Yes;
        if (trimmed is "👎" or "❌") return YesNoAnswer.No;

        var tokens = AnswerText.Tokens(text);
        if (tokens.Length == 0) return YesNoAnswer.Unknown;
        if (BothAsWords(tokens)) return YesNoAnswer.Mixed;
        if (AnswerText.ContainsPhrase(tokens, YesNoWords.Unsure)) return YesNoAnswer.Unknown;
        if (YesNoWords.Partly.Contains(tokens[0])) return YesNoAnswer.Correction;

        var no = AnswerText.LongestAt(tokens, 0, YesNoWords.No);
        var yes = AnswerText.LongestAt(tokens, 0, YesNoWords.Yes);
        if (no == 0 && yes == 0) return Elsewhere(tokens);
        var rest = Rest(tokens, Math.Max(no, yes));
        if (no >= yes)
        {
            // "nee, het klopt": a no that goes on to say yes is unclear.
            return Says(rest, YesNoWords.Yes) && !Says(rest, YesNoWords.No) && !rest.Any(YesNoWords.Buts.Contains) ? YesNoAnswer.Mixed : YesNoAnswer.No;
        }
        // "verstuur maar" ends on a softening "maar"; "ja maar eerst nog iets" goes on after it.
        var buts = rest.Where((word, i) => YesNoWords.Buts.Contains(word) && !(word == "maar" && i == rest.Length - 1));
        return buts.Any() ? YesNoAnswer.Correction : YesNoAnswer.Yes;
    }

    // "ja en nee", "yes and no".
    private static bool BothAsWords(string[] tokens) =>
        tokens.Any(t => t is "ja" or "yes") && tokens.Any(t => t is "nee" or "no");

    // No yes or no up front: "dat is helemaal goed" says yes, "dat wil ik niet" no, both or neither is unclear.
    private static YesNoAnswer Elsewhere(string[] tokens)
    {
        var yes = Says(tokens, YesNoWords.Yes);
        var no = Says(tokens, YesNoWords.No);
        return (yes, no) switch
        {
            (true, false) => YesNoAnswer.Yes,
            (false, true) => YesNoAnswer.No,
            (true, true) => YesNoAnswer.Mixed,
            _ => YesNoAnswer.Unknown,
        };
    }

    private static string[] Rest(string[] tokens, int from)
    {
        var rest = tokens.Skip(from).ToList();
        // "ja, geen probleem" stays a yes.
        for (var i = 0; i < rest.Count; i++)
        {
            if (AnswerText.LongestAt(rest, i, YesNoWords.Harmless) is > 0 and var length) rest.RemoveRange(i, length);
        }
        return [.. rest];
    }

    private static bool Says(IReadOnlyList<string> tokens, string[][] phrases) =>
        Enumerable.Range(0, tokens.Count).Any(i => AnswerText.LongestAt(tokens, i, phrases) > 0);
}
