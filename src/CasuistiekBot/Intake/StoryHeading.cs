using System.Text.RegularExpressions;

namespace CasuistiekBot.Intake;

/// <summary>
/// A line that only says where the author works, as a heading or a signature: "DT&amp;V, team Vertrek Rotterdam hier.",
/// "Unit Zuid, IND Zwolle.", "DJI / PI Almelo / BVA", "medewerker CJIB, afdeling Inning". Every part of the line is the
/// organisation (also written in small letters, "cjib") or a unit: a part that starts or ends with a unit word, or a
/// name or abbreviation in capitals. A line with anything else in it is a sentence, which <see cref="StoryWorkplace"/>
/// reads; one with two organisations is asked.
/// </summary>
internal static partial class StoryHeading
{
    private const int MaxPartWords = 10;
    private const int MaxBareUnitWords = 2;

    private static readonly string[] UnitWords =
    [
        "directie", "afdeling", "team", "regio", "locatie", "vestiging", "unit", "sector", "cluster", "dienst", "kantoor",
        "pi", "jji", "fpc", "azc", "directorate", "department", "location", "region", "office", "division", "section",
    ];

    public static (string Organisation, string Read)? Read(string sentence)
    {
        foreach (var raw in sentence.Split('\n'))
        {
            var marked = HereMark().IsMatch(raw);
            var opening = Opening().Match(raw.Trim());
            var line = Ending().Replace(raw.Trim()[opening.Length..], "");
            // A bare name needs "hier" or a job before it to be a workplace: "Hoi, CJIB." may greet the organisation.
            if (line.Length > 0 && ReadLine(line, marked) is { } read && (read.Read.Contains(',', StringComparison.Ordinal) || marked || opening.Groups["job"].Success)) return read;
        }
        return null;
    }

    private static (string Organisation, string Read)? ReadLine(string line, bool marked)
    {
        string? organisation = null;
        var units = new List<string>();
        foreach (var part in Separator().Split(line).Select(p => p.Trim()))
        {
            if (part.Length == 0) return null;
            var written = SmallAcronym().Replace(part, m => m.Value.ToUpperInvariant(), 1);
            if (StoryWorkplace.Organisations.Match(written) is { Success: true, Index: 0 } org)
            {
                if (organisation is not null) return null;
                organisation = StoryWorkplace.Canonical(org.Value);
                var rest = written[org.Length..].Trim();
                if (rest.Length == 0) continue;
                if (!UnitLike(rest, marked)) return null;
                units.Add(rest);
                continue;
            }
            if (!UnitLike(part, false)) return null;
            units.Add(part);
        }
        return organisation is null ? null : (organisation.ToUpperInvariant(), string.Join(", ", [organisation, .. units]));
    }

    // "team Vertrek Rotterdam", "screening unit", "PI Almelo", "BVA", and after "hier" also a bare "klantcontact".
    private static bool UnitLike(string part, bool marked)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxPartWords || Pronoun().IsMatch(part) || StoryWorkplace.Organisations.IsMatch(part)) return false;
        if (UnitWords.Contains(words[0].ToLowerInvariant()) || UnitWords.Contains(words[^1].ToLowerInvariant())) return true;
        if (Name().IsMatch(part)) return true;
        return marked && words.Length <= MaxBareUnitWords && words.All(w => w.All(char.IsLetter));
    }

    [GeneratedRegex(@"\s*(?:/|,)\s*")]
    private static partial Regex Separator();

    // A greeting or a job word before the organisation: "Hoi, ", "medewerker ".
    [GeneratedRegex(@"^(?:(?:hoi|hi|hallo|hello|hey|goedemorgen|goedemiddag|goedenavond|beste|dear)\b[\s,!]*)?(?<job>(?:medewerker|employee|staff member)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"\s*(?:\b(?:hier|here)\b)?[\s.!?:;-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Ending();

    [GeneratedRegex(@"\b(?:hier|here)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex HereMark();

    [GeneratedRegex(@"^(?:dt&v|dji|cjib|coa|ind|nfi|lbio)(?![\w&])")]
    private static partial Regex SmallAcronym();

    // Capitalised words joined by small words: "Regulier", "Asiel en Bescherming", "Midden-Nederland", "BVA".
    [GeneratedRegex(@"^\p{Lu}[\w&'-]*(?:\s+(?:(?:en|van|voor|de|der|het|&)\s+)?\p{Lu}[\w&'-]*)*$")]
    private static partial Regex Name();

    [GeneratedRegex(@"\b(?:ik|wij|we|i|my|mijn|ons|onze|our|hij|zij|ze|he|she|they|je|you)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();
}
