using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Person names where the language announces them: after a form of address ("mevrouw", "dhr.", "de familie"), after a
/// role or relation word ("cliënte", "haar zoon", "genaamd"), and given names from <see cref="FirstNames"/> with the
/// surname that follows. The form of address stays in the text; only the name is replaced. A bare capitalised word is
/// never taken on its own here: with the Dutch word list, <see cref="EvidenceNameDetector"/> weighs such words.
/// </summary>
internal static partial class NameDetector
{
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:mevrouw|mevr|mw|mej|mejuffrouw|meneer|mijnheer|mnr|dhr|de\s+heer|familie|fam|echtpaar|gezin|weduwe|mrs|ms|miss|mister|madam|madame|monsieur)(?:\.|(?![\p{L}]))|(?:mr|Mr|MR|hr|Hr|dr|Dr|drs|Drs|ir|Ir|prof|Prof)\.|(?:Mr|Dr|mr|MR)(?![\p{L}.]))[ \u00A0]+", RegexOptions.CultureInvariant)]
    internal static partial Regex FormOfAddress();

    [GeneratedRegex(@"(?<![\p{L}])(?i:genaamd|genoemd|met\s+de\s+naam|onder\s+de\s+naam|de\s+naam|naam|named|called|name|heet|heette|cliënte?|cliente?|client|betrokkene|vreemdeling|asielzoeker|aanvrager|aanvraagster|referent|referente|gedetineerde|justitiabele|jongere|minderjarige|pupil|verdachte|debiteur|debiteure|schuldenaar|schuldenares|zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|zuster|moeder|vader|echtgenoot|echtgenote|partner|man|vrouw|kind|neef|nicht|oom|tante|opa|oma|grootmoeder|grootvader|vriend|vriendin|stiefvader|stiefmoeder|stiefzoon|stiefdochter|pleegmoeder|pleegvader|pleegkind|pleegzoon|pleegdochter|schoonmoeder|schoonvader|schoonzus|zwager|kleinzoon|kleindochter|kleinkind|buurman|buurvrouw|bewoner|bewoonster|patiënte?|verzoeker|verzoekster|eiser|eiseres|appellant|belanghebbende|statushouder|nieuwkomer|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|client|patient|resident|baby|meisje|meisjes|jongen|jongetje|neefje|nichtje|girl|boy|husband|wife|son|daughter|brother|sister|mother|father|child|detainee|applicant|inmate|prisoner|gevangene|klant|klante)(?:[ \u00A0]*:)?[ \u00A0]+", RegexOptions.CultureInvariant)]
    internal static partial Regex RoleWord();

    [GeneratedRegex(@"(?<![\p{L}])(?i:kinderen|zonen|dochters|broers|zussen|children|sons|daughters|kids|kindjes)(?:[ \u00A0]*:)?[ \u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex PluralRoleWord();

    [GeneratedRegex(@"\G[ \u00A0]*(?:,|(?i:en|and|&))[ \u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"(?<![\p{L}\-'’])\p{Lu}\p{Ll}[\p{L}]*(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    public static void Detect(string text, NameEvidence evidence, List<DetectedSpan> found)
    {
        foreach (Match match in FormOfAddress().Matches(text))
        {
            var after = match.Index + match.Length;
            var family = match.Value.TrimStart().StartsWith("fam", StringComparison.OrdinalIgnoreCase) || match.Value.StartsWith("gezin", StringComparison.OrdinalIgnoreCase);
            if (family && text.AsSpan(after).StartsWith("van ", StringComparison.Ordinal) && evidence.IsFirstName(NextWord(text, after + 4))) after += 4;
            Add(text, found, after, list: false);
        }
        foreach (Match match in RoleWord().Matches(text))
        {
            // "de moeder van Ahmed" names Ahmed, not a "van Ahmed".
            var after = match.Index + match.Length;
            after = NameParser.AfterOf(text, after);
            // "the Child Protection Board": after an English role word, a place, organisation or English word names a thing.
            // "Our client Hope Adjei", "vader Can Yildiz": an English word before a family name is a given name after all.
            if (IsThing(NextWordAfterParticles(text, after), evidence) && !(evidence.HasWordList && BeforeFamilyName(text, after, evidence))) continue;
            Add(text, found, after, list: false);
        }
        foreach (Match match in PluralRoleWord().Matches(text))
        {
            var after = match.Index + match.Length;
            after = NameParser.AfterOf(text, after);
            Add(text, found, after, list: true);
        }
        // With the word list, given names are weighed against ordinary words by EvidenceNameDetector instead.
        if (evidence.HasWordList) return;
        foreach (Match match in CapitalisedWord().Matches(text))
        {
            if (!evidence.IsFirstName(match.Value)) continue;
            if (FirstNames.NotAfter.Contains(TextScan.PreviousWord(text, match.Index))) continue;
            // "Jan 12, 2024" is a month, not Jan.
            if (FollowedByNumber(text, match.Index + match.Length)) continue;
            Add(text, found, match.Index, list: false);
        }
    }

    private static void Add(string text, List<DetectedSpan> found, int position, bool list)
    {
        while (NameParser.Parse(text, position) is { } name)
        {
            found.Add(new DetectedSpan(name.Start, name.End - name.Start, PersonalDataKinds.Name, Normalize(text[name.Start..name.End]), Strength.Pattern));
            if (!list || ListSeparator().Match(text, name.End) is not { Success: true } separator) return;
            position = separator.Index + separator.Length;
        }
    }

    public static string Normalize(string name) =>
        string.Join(' ', name.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static bool FollowedByNumber(string text, int position)
    {
        var i = position;
        if (i < text.Length && text[i] == '.') i++;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private static bool IsThing(string word, NameEvidence evidence) =>
        word.Length > 0 && NameEvidence.IsKnownNonPerson(word) && !evidence.IsListedName(word);

    /// <summary>A capitalised word at <paramref name="position"/>, then a family name: a listed one that is no ordinary word, or a word no list knows.</summary>
    private static bool BeforeFamilyName(string text, int position, NameEvidence evidence)
    {
        var first = NextWord(text, position);
        if (first.Length < 2 || !char.IsUpper(first[0]) || NameEvidence.IsNeverName(first)) return false;
        var at = position + first.Length;
        if (at >= text.Length || text[at] is not (' ' or '\u00A0')) return false;
        var family = NextWord(text, at + 1);
        if (family.Length < 2 || !char.IsUpper(family[0]) || family.Skip(1).Any(char.IsUpper) || NameEvidence.IsKnownNonPerson(family)) return false;
        return evidence.IsUnknown(family) || (evidence.IsSurname(family) && !evidence.IsOrdinary(family));
    }

    /// <summary>"van der Linde": the word the particles lead to.</summary>
    private static string NextWordAfterParticles(string text, int position)
    {
        var word = NextWord(text, position);
        // "klant Van Rooij", "gedetineerde de Wit": particles in either case.
        while (word.Equals("van", StringComparison.OrdinalIgnoreCase) || word is "de" or "De" or "ter" or "Ter" or "ten" or "Ten" || NameLexicon.NameOnlyParticles.Contains(word))
        {
            position += word.Length + 1;
            word = position < text.Length ? NextWord(text, position) : "";
        }
        return word;
    }

    private static string NextWord(string text, int position)
    {
        var end = position;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[position..end];
    }
}
