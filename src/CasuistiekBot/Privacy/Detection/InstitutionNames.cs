using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Institutions named after a person keep their name: "FPC Dr. H. van der Laan", "Kliniek Prof. Bos", "Stichting Jan
/// Smit", "de Hendrik Kraemer Kliniek". A name found right after a capitalised word for a kind of institution (past a
/// title), or right before one, is the institution's name and no person in the casus. Written in lower case ("het
/// ziekenhuis dr. Bos belde") the word is an ordinary noun and the name stays a person.
/// </summary>
internal static partial class InstitutionNames
{
    /// <summary>Abbreviations of institution kinds that the word rules of <see cref="NameWordContext"/> do not know.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "FPC", "FPK", "FPA", "TBS", "JJI", "PPC", "UMC", "MC", "AZC", "PI", "GGZ", "RIBW", "GGD", "ROC",
    };

    [GeneratedRegex(@"(?<word>\p{L}[\p{L}\-]*)\.?[ \u00A0]+(?:(?:Dr|Prof|Mr|Drs|Ir|Ds|Mgr|St|Sint|Dokter|Professor)\.?[ \u00A0]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"\G[ \u00A0]+(?<word>\p{Lu}[\p{L}\-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfter();

    /// <summary>
    /// Offices whose holder is a public figure named in that office ("staatssecretaris Van der Burg", "minister
    /// Yeşilgöz"): no citizen of the casus, so the name stays.
    /// </summary>
    private static readonly HashSet<string> PublicOffices = new(StringComparer.OrdinalIgnoreCase)
    {
        "staatssecretaris", "minister", "minister-president", "premier", "oud-premier", "oud-minister", "ex-premier",
        "oud-staatssecretaris", "kamerlid", "tweede-kamerlid", "burgemeester", "wethouder", "gedeputeerde",
    };

    /// <summary>"in het AZC Ahmad wordt genoemd": an institution is not called by a name, a person is.</summary>
    [GeneratedRegex(@"\G[ \u00A0]+(?:(?i:wordt|werd)[ \u00A0]+(?i:genoemd|geroepen)|(?i:genoemd|geroepen)[ \u00A0]+(?i:wordt|werd)|(?i:is|was)[ \u00A0]+(?i:called|named))(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex NamingVerbAfter();

    public static void Drop(string text, List<DetectedSpan> candidates) =>
        candidates.RemoveAll(c => c.Kind == PersonalDataKinds.Name && !NamingVerbAfter().IsMatch(text, c.End)
            && (AfterInstitutionWord(text, c.Start) || BeforeInstitutionWord(text, c.End) || AfterPublicOffice(text, c.Start)));

    private static bool AfterPublicOffice(string text, int start) =>
        start > 0 && text[start - 1] is ' ' or '\u00A0' && PublicOffices.Contains(TextScan.PreviousWord(text, start));

    private static bool AfterInstitutionWord(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        if (WordBefore().Match(text, from, start - from) is not { Success: true } match) return false;
        var word = match.Groups["word"].Value;
        return char.IsUpper(word[0]) && (Abbreviations.Contains(word) || NameWordContext.IsInstitutionWord(word));
    }

    private static bool BeforeInstitutionWord(string text, int end) =>
        WordAfter().Match(text, end) is { Success: true } match && NameWordContext.IsInstitutionWord(match.Groups["word"].Value);
}
