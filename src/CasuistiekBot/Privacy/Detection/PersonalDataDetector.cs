namespace CasuistiekBot.Privacy.Detection;

/// <summary>Runs every detector and keeps, of overlapping candidates, the surest and then the longest.</summary>
internal static class PersonalDataDetector
{
    public static List<DetectedSpan> Detect(string text, NameEvidence evidence)
    {
        var candidates = new List<DetectedSpan>();
        EmailDetector.Detect(text, candidates);
        IbanDetector.Detect(text, candidates);
        BsnDetector.Detect(text, candidates);
        VNumberDetector.Detect(text, candidates);
        PhoneDetector.Detect(text, candidates);
        BirthDateDetector.Detect(text, candidates);
        DocumentNumberDetector.Detect(text, candidates);
        AddressDetector.Detect(text, candidates);
        PostcodeDetector.Detect(text, candidates);
        NameDetector.Detect(text, evidence, candidates);
        if (evidence.HasWordList) EvidenceNameDetector.Detect(text, evidence, candidates);
        if (evidence.HasWordList) RegisterNameDetector.Detect(text, evidence, candidates);
        if (evidence.HasWordList) RegisterNameDetector.DetectBeforeBirth(text, evidence, candidates);
        InstitutionNames.Drop(text, candidates);
        var spans = RegisterForm.Join(text, Resolve(candidates), evidence).Select(span => WithoutPossessive(text, span)).ToList();
        if (evidence.HasWordList) spans = NameListCheck.WithoutOrdinaryListItems(text, spans, evidence);
        spans = ArticleBeforeName.Without(text, spans, evidence);
        return BirthDateDetector.AfterNames(text, WithRepeatedNames(text, spans, evidence));
    }

    /// <summary>
    /// "Mevrouw Schouten-de Jong belde. Schouten-de Jong wil …": a name found once is a name wherever it recurs in the text;
    /// with the word list, so are its given name and any part that is no ordinary word ("Ebo Ansah … Ebo heeft").
    /// </summary>
    private static List<DetectedSpan> WithRepeatedNames(string text, List<DetectedSpan> spans, NameEvidence evidence)
    {
        var found = spans.Where(s => s.Kind == PersonalDataKinds.Name && s.Length >= 3).ToList();
        var names = found.Where(s => char.IsUpper(text[s.Start])).ToList();
        var values = names.Select(s => (Value: text.Substring(s.Start, s.Length), s.Strength)).ToList();
        if (evidence.HasWordList)
        {
            foreach (var name in found.Where(n => text[n.Start..n.End].Any(c => c is ' ' or '\u00A0')))
            {
                var parts = text[name.Start..name.End].Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
                // "hamid bouzid … bouzid huilde": a name written in lower case recurs in lower case.
                var lowercase = char.IsLower(text[name.Start]);
                for (var p = 0; p < parts.Length; p++)
                {
                    var repeatable = lowercase
                        ? IsRepeatableLowercasePart(parts[p], evidence)
                        : IsRepeatablePart(parts[p], first: p == 0, last: p == parts.Length - 1, evidence);
                    if (repeatable) values.Add((parts[p], name.Strength));
                }
            }
        }
        foreach (var (value, strength) in values)
        {
            for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            {
                var end = at + value.Length;
                if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]))) continue;
                var repeated = new DetectedSpan(at, value.Length, PersonalDataKinds.Name, NameDetector.Normalize(value), strength);
                // A part of it found on its own there ("Jong" of "Schouten-de Jong") gives way to the whole.
                if (spans.Any(s => s.Overlaps(repeated) && !(s.Kind == PersonalDataKinds.Name && s.Start >= at && s.End <= end))) continue;
                spans.RemoveAll(s => s.Kind == PersonalDataKinds.Name && s.Start >= at && s.End <= end);
                spans.Add(repeated);
            }
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    /// <summary>
    /// "Hussain" of "Hussain Haidari", "Ebo" of "Ebo Ansah", "Ma" of "Ma Lian": the first name (also of two letters, as
    /// Chinese and Korean names are), the family name when it is a listed one, even one that is also a word ("Vos" of "Jan-Willem Vos"), and
    /// any other part that is no ordinary word.
    /// </summary>
    private static bool IsRepeatablePart(string part, bool first, bool last, NameEvidence evidence) =>
        (part.Length >= 3 || (first && part.Length == 2 && !NameLexicon.NotNames.Contains(part))) && char.IsUpper(part[0])
        && part.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'' or '’')
        && !NameEvidence.IsKnownNonPerson(part) && !FirstNames.NotAfter.Contains(part) && !NameLexicon.Particles.Contains(part)
        && (first || !evidence.IsOrdinary(part) || (last && evidence.IsSurname(part)));

    private static bool IsRepeatableLowercasePart(string part, NameEvidence evidence) =>
        part.Length >= 4 && part.All(char.IsLower) && !NameLexicon.Particles.Contains(part) && !NameEvidence.IsKnownNonPerson(part)
        && !evidence.IsOrdinary(part);

    /// <summary>"Kerem Aydın's vader": the possessive belongs to the sentence, not to the name, whichever rule found it.</summary>
    private static DetectedSpan WithoutPossessive(string text, DetectedSpan span)
    {
        if (span.Kind != PersonalDataKinds.Name || span.Length < 4 || text[span.End - 1] != 's' || text[span.End - 2] is not ('\'' or '’')) return span;
        var value = span.Value.EndsWith("'s", StringComparison.Ordinal) || span.Value.EndsWith("’s", StringComparison.Ordinal) ? span.Value[..^2] : span.Value;
        return span with { Length = span.Length - 2, Value = value };
    }

    public static List<DetectedSpan> Resolve(IEnumerable<DetectedSpan> candidates)
    {
        var accepted = new List<DetectedSpan>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Strength).ThenByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (candidate.Length > 0 && !accepted.Any(a => a.Overlaps(candidate))) accepted.Add(candidate);
        }
        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }
}
