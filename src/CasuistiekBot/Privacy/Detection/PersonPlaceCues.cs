using System.Text.RegularExpressions;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// A single capitalised word that the place it takes in the sentence marks as a person, used with the word list: the
/// spoken possessive ("Ramin zijn telefoon", "Dewi haar moeder"); an age in brackets after it ("Darya (Afghaanse, 15)");
/// the person a worker acted on ("ik heb Mevlüt doorverwezen", "kun je Dewi even bellen"); the complement of "hij is"
/// before a description ("Hij is Wahidi, tolk"); a party against an authority ("de zaak Tekle vs. IND"); a word asked
/// about and answered as a person ("Tjon? ja die ken ik"). The word must be
/// a listed name or a word no list knows, never a place, organisation or function word.
/// </summary>
internal static partial class PersonPlaceCues
{
    [GeneratedRegex(@"(?<![\p{L}\-'’.])(?<name>\p{Lu}\p{Ll}+)[ \u00A0]+(?:zijn|haar|z['’]n|d['’]r)[ \u00A0]+(?<noun>\p{Ll}{3,})(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex SpokenPossessive();

    [GeneratedRegex(@"(?<![\p{L}\-'’.])(?<name>\p{Lu}\p{Ll}+)[ \u00A0]*\((?:[\p{L}]+[ \u00A0]*[,/][ \u00A0]*)?\d{1,2}(?:[ \u00A0]*(?:jaar|jr\.?|j\.?|years?|yrs?))?(?:[ \u00A0]*[,/][ \u00A0]*[\p{L}]+)?\)", RegexOptions.CultureInvariant)]
    private static partial Regex AgeInBrackets();

    [GeneratedRegex(@"(?<![\p{L}])(?i:heb|hebben|heeft|hebt|had|hadden)[ \u00A0]+(?<name>\p{Lu}\p{Ll}+)[ \u00A0]+(?:\p{Ll}+[ \u00A0]+){0,3}(?i:doorverwezen|verwezen|gesproken|gebeld|teruggebeld|geholpen|bezocht|aangemeld|opgevangen|ontmoet|begeleid|gemaild|geappt|ingelicht|geïnformeerd|uitgenodigd|opgehaald|weggestuurd|doorgestuurd|aangehouden|gehoord|gefouilleerd|geadviseerd|overgeplaatst|geplaatst|ondergebracht|aangesproken|gewaarschuwd)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex ActedOn();

    [GeneratedRegex(@"(?<![\p{L}])(?i:je|jij|u|we|wij|ik|jullie|iemand)[ \u00A0]+(?<name>\p{Lu}\p{Ll}+)[ \u00A0]+(?:(?i:even|nog|morgen|straks|vandaag|maar|ook|dan|eens|zelf|snel|nu)[ \u00A0]+){0,2}(?i:bellen|terugbellen|mailen|appen|spreken|bezoeken|helpen|uitnodigen|informeren|inlichten|doorverwijzen|opzoeken|ophalen)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex ToActOn();

    [GeneratedRegex(@"(?<![\p{L}])(?i:hij|zij|ze|he|she)[ \u00A0]+(?i:is|was|heet|heette)[ \u00A0]+(?<name>\p{Lu}\p{Ll}+)(?=[ \u00A0]*[,;:(]|[ \u00A0]+(?:en|uit|van)[ \u00A0])", RegexOptions.CultureInvariant)]
    private static partial Regex HeIs();

    [GeneratedRegex(@"(?<![\p{L}\-'’.])(?<name>\p{Lu}\p{Ll}+)[ \u00A0]+(?:vs\.?|v\.|versus|tegen|contra|against|/)[ \u00A0]+(?:de[ \u00A0]+|the[ \u00A0]+)?(?:IND|Staat|staat|State|COA|CJIB|DUO|UWV|SVB|Belastingdienst|gemeente|Gemeente|Staatssecretaris|staatssecretaris|Minister|minister)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex AgainstAuthority();

    // "Tjon? ja die ken ik, die zat bij ons": a word asked about alone, answered as a person one knows or who was somewhere.
    [GeneratedRegex(@"(?<![\p{L}\-'’])(?<name>\p{Lu}\p{Ll}+)\?[ \u00A0]+(?:(?i:ja|nee|jawel|jazeker|ja\s+hoor|o|oh)[ \u00A0]*,?[ \u00A0]+)?(?i:die|hem|haar|hij|zij|ze)[ \u00A0]+(?i:ken|kende|kennen|ken\s+ik|zat|zit|woont|woonde|kwam|komt|heb|had|heeft|is\s+(?:al|nu|hier|weg|vertrokken|overgeplaatst))(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex AskedAboutAsPerson();

    [GeneratedRegex(@"(?<![\p{L}\-'’.])(?<given>\p{Lu}\p{Ll}+)[ \u00A0]+(?<family>\p{Lu}\p{Ll}+)[ \u00A0]*,[ \u00A0]*\d{1,2}(?:[ \u00A0]*(?:jaar|jr\.?|j\.?))?[ \u00A0]*,", RegexOptions.CultureInvariant)]
    private static partial Regex AgeBetweenCommas();

    // "samuel (congolees) kwam", "aziz (syriër) heeft", "Klaas (ja, een Nederlander) is 68": a word with, in brackets right
    // after it, the word for a person of a country.
    [GeneratedRegex(@"(?<![\p{L}\-'’.])(?<name>\p{L}\p{Ll}+)[ \u00A0]*\((?<inside>[^()\n\r]{3,40})\)", RegexOptions.CultureInvariant)]
    private static partial Regex NationalityInBrackets();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();

    private static readonly HashSet<string> NotAfterPossessive = new(StringComparer.OrdinalIgnoreCase)
    {
        "geweest", "wel", "niet", "nog", "ook", "al", "allemaal", "beide", "beiden", "samen", "er", "daar", "hier", "dus",
        "echter", "namelijk", "toch", "vaak", "soms", "nooit", "altijd", "een", "het", "de", "die", "dat", "deze", "dit",
    };

    public static void Detect(string text, NameEvidence evidence, List<(int Start, int End)> names)
    {
        foreach (Match match in SpokenPossessive().Matches(text))
        {
            var noun = match.Groups["noun"].Value;
            // "Nijmegen zijn geweest", "Marokko zijn ze": a verb or function word after "zijn" reads it as the verb.
            if (NotAfterPossessive.Contains(noun) || (noun.StartsWith("ge", StringComparison.Ordinal) && noun.Length > 5) || !evidence.IsOrdinary(noun)) continue;
            AddIfPerson(text, match.Groups["name"], evidence, names, listedWordsToo: true);
        }
        foreach (Match match in AgeInBrackets().Matches(text)) AddIfPerson(text, match.Groups["name"], evidence, names, listedWordsToo: false);
        foreach (Match match in NationalityInBrackets().Matches(text))
        {
            var inside = Letters().Matches(match.Groups["inside"].Value);
            if (inside.Count > 5 || !inside.Any(w => IsNationality(w.Value))) continue;
            // A lower-case word must be a listed name or a word no list knows ("samuel", "tesfay"), never an ordinary word ("man").
            var word = match.Groups["name"].Value;
            if (char.IsLower(word[0]) && evidence.IsOrdinary(word) && !evidence.IsListedName(word)) continue;
            AddIfPerson(text, match.Groups["name"], evidence, names, listedWordsToo: true);
        }
        foreach (Match match in AgeBetweenCommas().Matches(text))
        {
            // "Sofia Kovalenko, 8, heeft …": a listed given name (even one that is a place) and a family name no list knows.
            var given = match.Groups["given"].Value;
            var family = match.Groups["family"].Value;
            if (!evidence.IsFirstName(given) || NameEvidence.IsKnownNonPerson(family) || !(evidence.IsUnknown(family) || (evidence.IsSurname(family) && !evidence.IsOrdinary(family)))) continue;
            NameOriginForms.AddReplacing(names, match.Index, match.Groups["family"].Index + family.Length);
        }
        foreach (Match match in ActedOn().Matches(text)) AddIfPerson(text, match.Groups["name"], evidence, names, listedWordsToo: false);
        foreach (Match match in ToActOn().Matches(text)) AddIfPerson(text, match.Groups["name"], evidence, names, listedWordsToo: false);
        foreach (Match match in HeIs().Matches(text)) AddIfPerson(text, match.Groups["name"], evidence, names, listedWordsToo: false);
        foreach (Match match in AgainstAuthority().Matches(text)) AddIfPerson(text, match.Groups["name"], evidence, names, listedWordsToo: true);
        foreach (Match match in AskedAboutAsPerson().Matches(text)) AddIfPerson(text, match.Groups["name"], evidence, names, listedWordsToo: false);
    }

    private static bool IsNationality(string word) =>
        word.Length >= 3 && (Demonyms.IsOne(word) || ProperNouns.Peoples.Contains(word) || NationalityAdjectives.IsOne(char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>
    /// A word no list knows, or a listed name that is no ordinary word; where the place in the sentence is strong
    /// (<paramref name="listedWordsToo"/>), a listed name that is also a word ("Ramin", "Roos") counts as well.
    /// </summary>
    private static void AddIfPerson(string text, Group name, NameEvidence evidence, List<(int Start, int End)> names, bool listedWordsToo)
    {
        var word = name.Value;
        if (NameEvidence.IsKnownNonPerson(word) || NameWordContext.IsInstitutionWord(word) || FirstNames.NotAfter.Contains(word)) return;
        var listed = evidence.IsListedName(word);
        var ordinary = evidence.IsOrdinary(word);
        if (!(evidence.IsUnknown(word) || (listed && (!ordinary || listedWordsToo)))) return;
        if (names.Any(n => n.Start < name.Index + name.Length && name.Index < n.End)) return;
        names.Add((name.Index, name.Index + name.Length));
    }
}
