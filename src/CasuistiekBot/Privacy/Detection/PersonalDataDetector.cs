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
        InstitutionNames.Drop(text, candidates);
        return RegisterForm.Join(text, Resolve(candidates), evidence);
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
