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
        InstitutionNames.Drop(text, candidates);
        var spans = RegisterForm.Join(text, Resolve(candidates), evidence).Select(span => WithoutPossessive(text, span)).ToList();
        return BirthDateDetector.AfterNames(text, WithRepeatedNames(text, spans));
    }

    /// <summary>"Mevrouw Schouten-de Jong belde. Schouten-de Jong wil …": a name found once is a name wherever it recurs in the text.</summary>
    private static List<DetectedSpan> WithRepeatedNames(string text, List<DetectedSpan> spans)
    {
        foreach (var name in spans.Where(s => s.Kind == PersonalDataKinds.Name && s.Length >= 3 && char.IsUpper(text[s.Start])).ToList())
        {
            var value = text.Substring(name.Start, name.Length);
            for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            {
                var end = at + value.Length;
                if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]))) continue;
                var repeated = name with { Start = at };
                // A part of it found on its own there ("Jong" of "Schouten-de Jong") gives way to the whole.
                if (spans.Any(s => s.Overlaps(repeated) && !(s.Kind == PersonalDataKinds.Name && s.Start >= at && s.End <= end))) continue;
                spans.RemoveAll(s => s.Kind == PersonalDataKinds.Name && s.Start >= at && s.End <= end);
                spans.Add(repeated);
            }
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

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
