using System.Text.RegularExpressions;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Names decided on evidence rather than on a capital, used when the Dutch word list is loaded: a name announced by a
/// title, "t.n.v." or a label in any letter case; given names and family names from the lists, weighed against the
/// ordinary word they may also be ("Bakker" mid-sentence is a person, "Groot was de opluchting" is not); unknown words
/// next to a verb of speech ("Noorzai zei", "vertelde Wiśniewski"); lower-case and all-capital full names that start
/// with a given name ("pieter de vries", "HÜSEYIN KAYA").
/// </summary>
internal static partial class EvidenceNameDetector
{
    [GeneratedRegex(@"(?<![\p{L}])(?i:t\.[ \u00A0]?n\.[ \u00A0]?v\.?|ten[ \u00A0]+name[ \u00A0]+van|t\.[ \u00A0]?a\.[ \u00A0]?v\.?|ter[ \u00A0]+attentie[ \u00A0]+van|op[ \u00A0]+naam[ \u00A0]+van|namens)[ \u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex OnBehalfOf();

    [GeneratedRegex(@"(?<![\p{L}])(?i:achternaam|voornaam|voornamen|familienaam|geslachtsnaam|roepnaam|meisjesnaam|naam(?:[ \u00A0]+(?:betrokkene|cliënte?|client|aanvrager|aanvraagster|vreemdeling|moeder|vader|kind|partner))?|surname|first[ \u00A0]+name|last[ \u00A0]+name|family[ \u00A0]+name|given[ \u00A0]+names?)(?:[ \u00A0]*:)?[ \u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"(?<![\p{L}])(?i:vraag|vragen|vroeg|vraagt|ask|asked)[ \u00A0]+(?i:naar|for)[ \u00A0]+|(?<![\p{L}])(?i:contactpersoon|contact[ \u00A0]+person|ondertekend[ \u00A0]+door|signed[ \u00A0]+by)(?:[ \u00A0]*:)?[ \u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex AskedFor();

    [GeneratedRegex(@"\G[ \u00A0]*,[ \u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex Comma();

    // An apostrophe joins a word only after a letter ("d'Souza"); after a space it opens a quotation ("'Tesfay kwam …").
    [GeneratedRegex(@"(?<![\p{L}\-.])(?<![\p{L}]['’])\p{L}(?:\p{L}|['’](?=\p{L}))*(?:-\p{L}(?:\p{L}|['’](?=\p{L}))*)*(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static void Detect(string text, NameEvidence evidence, List<DetectedSpan> found)
    {
        var names = new List<(int Start, int End)>();
        foreach (Match match in NameDetector.FormOfAddress().Matches(text)) AddRead(text, match.Index + match.Length, evidence, names, unlistedLowercase: true);
        foreach (Match match in OnBehalfOf().Matches(text)) AddRead(text, match.Index + match.Length, evidence, names, unlistedLowercase: false);
        foreach (Match match in NameLabel().Matches(text))
        {
            // "op naam van Sanjay Ramautar" names Sanjay Ramautar, not a "van Sanjay".
            var after = match.Index + match.Length;
            after = NameParser.AfterOf(text, after);
            // "Naam: Ramdin, Shanti" — family name, comma, given names.
            // "naam Ismail Ouali, in de JJI": a preposition after the comma opens the sentence again, not given names.
            if (AddRead(text, after, evidence, names, unlistedLowercase: false) is { } surname && Comma().Match(text, surname.End) is { Success: true } comma
                && !NameLexicon.LeadingOnlyParticles.Contains(Word().Match(text, comma.Index + comma.Length).Value))
            {
                AddRead(text, comma.Index + comma.Length, evidence, names, unlistedLowercase: false);
            }
        }
        foreach (Match match in AskedFor().Matches(text)) AddRead(text, match.Index + match.Length, evidence, names, unlistedLowercase: false);
        foreach (Match match in NameDetector.RoleWord().Matches(text))
        {
            // "zijn dochter elif", "de moeder van yusuf": a given name in lower case after a relation or role word.
            var after = match.Index + match.Length;
            after = NameParser.AfterOf(text, after);
            if (Word().Match(text, after) is { Success: true } word && word.Index == after && IsLowercaseGivenName(word.Value, evidence))
            {
                AddRead(text, after, evidence, names, unlistedLowercase: false);
            }
        }
        NameFormCues.Detect(text, evidence, names);
        ParticleAndPairNames.Detect(text, evidence, names);
        // "Het Sophia Kinderziekenhuis", "Sierra Leone", "Veilig Thuis": listed phrases are no evidence of a person.
        var phrases = ProperNouns.PhrasesIn(text);
        bool Taken(int position) => names.Any(n => n.Start <= position && position < n.End) || phrases.Any(p => p.Start <= position && position < p.End);
        var words = Word().Matches(text);
        names.AddRange(NameRunReader.Find(text, words, evidence, Taken).ToList());
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (Taken(word.Index)) continue;
            if (NameWordContext.Decide(text, words, w, evidence) is not { } kind) continue;
            var span = kind == NameWordContext.Reading.Capitalised
                ? WithGivenNamesBefore(text, words, w, UpToOrdinaryWord(text, NameParser.Parse(text, word.Index), evidence), evidence)
                : LooseNameReader.Read(text, word.Index, evidence, unlistedLowercase: char.IsLower(word.Value[0]));
            if (span is { } name && (kind != NameWordContext.Reading.FullNameOnly || text.AsSpan(name.Start, name.End - name.Start).Contains(' '))) names.Add(name);
        }
        NameOriginForms.Detect(text, evidence, names);
        PersonPlaceCues.Detect(text, evidence, names);
        NameFormCues.Coordinated(text, evidence, names);
        NameShapeCues.Detect(text, evidence, found, names);
        NameApposition.Detect(text, evidence, names);
        FamilyListNames.Detect(text, evidence, names);
        foreach (var (start, end) in names)
        {
            found.Add(new DetectedSpan(start, end - start, PersonalDataKinds.Name, NameDetector.Normalize(text[start..end]), Strength.Pattern));
        }
    }

    /// <summary>"Coos Maas bij de Centrale Autoriteit": a name read on over "bij de" ends before an ordinary capitalised word.</summary>
    private static (int Start, int End)? UpToOrdinaryWord(string text, (int Start, int End)? name, NameEvidence evidence)
    {
        if (name is not { } found) return null;
        var end = found.End;
        var afterParticle = false;
        var first = true;
        foreach (Match word in Word().Matches(text[..found.End], found.Start))
        {
            var particle = NameLexicon.Particles.Contains(word.Value);
            if (!first && !particle && afterParticle && evidence.IsOrdinary(word.Value) && !evidence.IsSurname(word.Value))
            {
                end = LastNonParticleEnd(text, found.Start, word.Index);
                break;
            }
            // "bij", "op", "in" read on only before another particle: a preposition more often than part of a name.
            afterParticle = afterParticle || NameLexicon.LeadingOnlyParticles.Contains(word.Value);
            if (!particle) afterParticle = false;
            first = false;
        }
        return end > found.Start ? (found.Start, end) : null;
    }

    private static int LastNonParticleEnd(string text, int start, int before)
    {
        var end = start;
        foreach (Match word in Word().Matches(text[..before], start))
        {
            if (!NameLexicon.Particles.Contains(word.Value)) end = word.Index + word.Length;
        }
        return end;
    }

    /// <summary>"De vader, Zelalem Bekele": capitalised words right before a recognised name that could be names are taken along.</summary>
    private static (int Start, int End)? WithGivenNamesBefore(string text, MatchCollection words, int index, (int Start, int End)? name, NameEvidence evidence)
    {
        if (name is not { } found) return null;
        var start = found.Start;
        for (var w = index - 1; w >= 0 && w >= index - 2; w--)
        {
            var word = words[w];
            if (text.AsSpan(word.Index + word.Length, start - word.Index - word.Length).Trim(" \u00A0").Length > 0) break;
            if (!LooksLikeName(word.Value) || NameEvidence.IsNeverName(word.Value)) break;
            var listed = evidence.IsListedName(word.Value);
            // "René Schouten moet …": at the start of a sentence only a word no list knows, never an ordinary one ("Vandaag").
            if (!listed && (evidence.IsOrdinary(word.Value) || (TextScan.IsSentenceStart(text, word.Index) && !evidence.IsUnknown(word.Value)))) break;
            start = word.Index;
        }
        return (start, found.End);
    }

    private static bool IsLowercaseGivenName(string word, NameEvidence evidence) =>
        char.IsLower(word[0]) && evidence.IsFirstName(word) && !evidence.IsOrdinary(word) && !NameEvidence.IsKnownNonPerson(word);

    /// <summary>Every hyphenated part capitalised and then lower case: "Anne-Marie", not "IKA-medewerker".</summary>
    private static bool LooksLikeName(string word) =>
        word.Split('-').All(part => part.Length >= 2 && char.IsUpper(part[0]) && part.Skip(1).All(c => !char.IsLetter(c) || char.IsLower(c)));

    private static (int Start, int End)? AddRead(string text, int position, NameEvidence evidence, List<(int Start, int End)> names, bool unlistedLowercase)
    {
        if (LooseNameReader.Read(text, position, evidence, unlistedLowercase) is not { } name) return null;
        names.Add(name);
        return name;
    }
}
