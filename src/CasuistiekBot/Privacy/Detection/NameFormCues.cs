using System.Globalization;
using System.Text.RegularExpressions;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Names that the form of the sentence announces, used with the word list (<see cref="Coordinated"/> runs last, on the
/// names every other rule found): a name after a verb of naming ("genaamd de
/// Groot", "iedereen noemt hem Johnny"); a family name in capitals after a role word ("cliënt DE WIT", "gedetineerde
/// SMIT"); a family name in capitals before a listed given name, as Chinese names are written ("LIU Wei"); a family name
/// opening with a capitalised particle as the subject of a clause ("Van der Meulen heeft …", "De Jong belde"); and a word
/// no list knows, or a listed given name, joined by "en" to a name or to "haar man", "zijn zus" ("Akua en Kwame Boateng",
/// "Teodora en haar man").
/// </summary>
internal static partial class NameFormCues
{
    [GeneratedRegex(@"(?<![\p{L}])(?<verb>(?i:genaamd|genoemd|heet|heette|named|called|(?:noemt|noemde|noemen|noemden|roept|riep)[ \u00A0]+(?:hem|haar|zich|zichzelf)|calls?[ \u00A0]+(?:him|her|himself|herself)))[ \u00A0]+(?<name>(?:(?:van|de|der|den|ter|ten|te|'t|’t|el|al)[ \u00A0]+){0,3}(?<word>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*))(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterNamingVerb();

    [GeneratedRegex(@"\G(?:(?:DE|VAN|DER|DEN|TER|TEN|EL|AL|LE|LA)[ \u00A0]+){0,3}(?<name>\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsName();

    [GeneratedRegex(@"(?<![\p{L}\-'’])(?<particles>(?:(?:EL|AL|DE|VAN|DEN|DER|TER|TEN|LE|LA|DA|DOS|BEN|ABU|BOU|OULD|AIT)[ \u00A0]+){0,2})(?<family>\p{Lu}{2,})[ \u00A0]+(?<given>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyCapitalsGiven();

    [GeneratedRegex(@"(?<![\p{L}\-'’])(?<particles>(?:[Vv]an|[Dd]e|[Tt]er|[Tt]en)(?:[ \u00A0]+(?:de|der|den|het|'t|’t)){0,2})[ \u00A0]+(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex ParticleName();

    [GeneratedRegex(@"(?<![\p{L}\-'’])(?<word>\p{Lu}\p{Ll}+)[ \u00A0]+(?:en|and|&)[ \u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordAnd();

    [GeneratedRegex(@"\G[ \u00A0]+(?:en|and|&)[ \u00A0]+(?<word>\p{Lu}\p{Ll}+)(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex AndWord();

    [GeneratedRegex(@"\G(?:zijn|haar|hun|his|her)[ \u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    public static void Detect(string text, NameEvidence evidence, List<(int Start, int End)> names)
    {
        foreach (Match match in AfterNamingVerb().Matches(text))
        {
            var word = match.Groups["word"].Value;
            var particles = match.Groups["name"].Index < match.Groups["word"].Index;
            var nickname = !match.Groups["verb"].Value.StartsWith("genaamd", StringComparison.OrdinalIgnoreCase) && match.Groups["verb"].Value.Contains(' ');
            if (IsThing(word, evidence)) continue;
            if (particles || nickname || evidence.IsListedName(word) || !evidence.IsOrdinary(word)) Add(names, match.Groups["name"].Index, match.Index + match.Length);
        }
        foreach (Match role in NameDetector.RoleWord().Matches(text))
        {
            if (CapitalsName().Match(text, role.Index + role.Length) is not { Success: true } caps) continue;
            var name = caps.Groups["name"].Value;
            var withParticle = caps.Groups["name"].Index > caps.Index;
            if (IsCapitalsFamilyName(name, evidence, withParticle)) Add(names, caps.Index, caps.Index + caps.Length);
        }
        foreach (Match match in FamilyCapitalsGiven().Matches(text))
        {
            var family = match.Groups["family"].Value;
            if (!evidence.IsFirstName(match.Groups["given"].Value) || !IsCapitalsFamilyName(family, evidence, withParticle: false)) continue;
            if (FollowedByDigit(text, match.Index + match.Length)) continue;
            var (start, end) = (match.Index, match.Index + match.Length);
            names.RemoveAll(n => n.Start >= start && n.End <= end);
            Add(names, start, end);
        }
        foreach (Match match in ParticleName().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (IsThing(name, evidence) || NameWordContext.IsInstitutionWord(name)) continue;
            // "de Vries heeft een boete": written in lower case, the particle opens a family name only at the start of a sentence.
            // After initials ("J.P. van der Meulen") the full stop ends no sentence: the initials belong to the name.
            if (char.IsLower(match.Value[0]) && (!TextScan.IsSentenceStart(text, match.Index) || AfterInitial(text, match.Index))) continue;
            var end = match.Index + match.Length;
            if (NextWord(text, end) is { Length: > 0 } next && char.IsUpper(next[0])) continue;
            // "Van der Meulen": "der", "den" and "'t" are written in names only; after "De" or "Van" the clause must say person.
            var namesOnly = match.Groups["particles"].Value.Split(' ', '\u00A0').Skip(1).Any(p => p is "der" or "den" or "'t" or "’t");
            var familyName = evidence.IsSurname(name) || evidence.IsUnknownAfterCue(name);
            // A listed family name as the subject of a finite verb: "De Jong zit in PI Vught", "de Vries heeft een boete".
            var subject = evidence.IsSurname(name) && PersonClause.FiniteVerbFollows(text, end);
            if (namesOnly || (familyName && (subject || PersonClause.Follows(text, end) || OfAnOrganisation(text, end, evidence)))) Add(names, match.Index, end);
        }
    }

    /// <summary>"Akua en Kwame Boateng", "Teodora en haar man", "Omid en Sara": one of two joined people is named already.</summary>
    public static void Coordinated(string text, NameEvidence evidence, List<(int Start, int End)> names)
    {
        foreach (Match match in WordAnd().Matches(text))
        {
            var after = match.Index + match.Length;
            var announced = names.Any(n => n.Start == after)
                || (Possessive().Match(text, after) is { Success: true } possessive && NameDetector.RoleWord().Match(text, after + possessive.Length) is { Success: true } role && role.Index == after + possessive.Length);
            if (!announced) continue;
            if (MayBeJoinedName(match.Groups["word"].Value, evidence)) Add(names, match.Index, match.Index + match.Groups["word"].Length);
            // "de Vries en Bakker": a listed family name after a particle, joined to a name, is a family name too.
            else if (ParticlesBefore(text, match.Index) is { } particleStart && evidence.IsSurname(match.Groups["word"].Value) && !IsThing(match.Groups["word"].Value, evidence))
            {
                Add(names, particleStart, match.Index + match.Groups["word"].Length);
            }
        }
        foreach (var (_, end) in names.ToList())
        {
            if (AndWord().Match(text, end) is { Success: true } match && MayBeJoinedName(match.Groups["word"].Value, evidence))
            {
                Add(names, match.Groups["word"].Index, match.Groups["word"].Index + match.Groups["word"].Length);
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\-'’])(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|'t|’t)[ \u00A0]+){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingParticles();

    /// <summary>Where the particles right before <paramref name="position"/> start ("de " of "de Vries"), or null.</summary>
    private static int? ParticlesBefore(string text, int position) =>
        TrailingParticles().Match(text[..position]) is { Success: true } particles ? particles.Index : null;

    private static bool MayBeJoinedName(string word, NameEvidence evidence) =>
        !IsThing(word, evidence) && !FirstNames.NotAfter.Contains(word) && !NameWordContext.IsInstitutionWord(word)
        && (evidence.IsUnknown(word) || (evidence.IsFirstName(word) && !NameLexicon.NotNames.Contains(word)));

    private static bool IsThing(string word, NameEvidence evidence) =>
        NameEvidence.IsNeverAnnouncedName(word) || StreetWords.IsStreetWord(word) || (NameEvidence.IsKnownNonPerson(word) && !evidence.IsListedName(word));

    /// <summary>"SMIT", "LIU", "DE WIT": capitals with a vowel, no acronym, place or organisation; a listed family name or a word no list knows.</summary>
    private static bool IsCapitalsFamilyName(string name, NameEvidence evidence, bool withParticle)
    {
        if (!name.Any(c => "AEIOUYÄËÏÖÜÁÉÍÓÚ".Contains(c))) return false;
        var word = string.Join('-', name.Split('-').Select(p => p[..1] + p[1..].ToLower(CultureInfo.InvariantCulture)));
        if (NameEvidence.IsKnownNonPerson(word) && !evidence.IsSurname(word)) return false;
        if (NameLexicon.NotNames.Contains(word)) return false;
        return evidence.IsSurname(word) ? withParticle || !evidence.IsOrdinary(word.ToLowerInvariant()) || name.Length >= 4 : name.Length >= 3 && evidence.IsUnknown(word);
    }

    [GeneratedRegex(@"\G[ \u00A0]+(?:van|from|bij)[ \u00A0]+(?:de|het|the)[ \u00A0]+(?<org>\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex OfThe();

    private static readonly HashSet<string> Workplaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "gemeente", "rechtbank", "reclassering", "politie", "wijkteam", "woningcorporatie", "corporatie", "school", "afdeling",
        "raad", "dienst", "inspectie", "opvang", "instelling", "stichting", "ggz", "jeugdzorg", "zorgaanbieder", "advocatuur",
        "municipality", "court", "police",
    };

    /// <summary>"Van Dijk van de gemeente Dordrecht zegt …": a person named with the organisation they work for.</summary>
    private static bool OfAnOrganisation(string text, int end, NameEvidence evidence) =>
        OfThe().Match(text, end) is { Success: true } match && (Workplaces.Contains(match.Groups["org"].Value)
            || (char.IsUpper(match.Groups["org"].Value[0]) && NameEvidence.IsKnownNonPerson(match.Groups["org"].Value) && !evidence.IsListedName(match.Groups["org"].Value)));

    private static bool AfterInitial(string text, int position)
    {
        var i = position;
        while (i > 0 && text[i - 1] is ' ' or '\u00A0') i--;
        return i >= 2 && text[i - 1] == '.' && char.IsUpper(text[i - 2]) && (i == 2 || !char.IsLetter(text[i - 3]));
    }

    private static bool FollowedByDigit(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(" \u00A0.");
        return rest.Length > 0 && char.IsAsciiDigit(rest[0]);
    }

    private static string NextWord(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        if (i == position) return "";
        var end = i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[i..end];
    }

    private static void Add(List<(int Start, int End)> names, int start, int end)
    {
        if (!names.Any(n => n.Start < end && start < n.End)) names.Add((start, end));
    }
}
