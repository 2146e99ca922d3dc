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
        return RegisterForm.Join(text, Resolve(candidates), evidence).Select(span => WithoutPossessive(text, span)).ToList();
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
