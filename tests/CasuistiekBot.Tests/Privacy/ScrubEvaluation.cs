using System.Globalization;
using System.Text;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Tests.Privacy;

/// <summary>Recall per kind and replacements outside the annotated text, measured on the annotated evaluation set.</summary>
internal sealed class ScrubEvaluation
{
    private readonly Dictionary<string, (int Expected, int Hit)> _byKind = PersonalDataKinds.All.ToDictionary(k => k, _ => (0, 0));

    public List<string> Misses { get; } = [];
    public List<string> FalseReplacements { get; } = [];
    public int NegativeCases { get; private set; }
    public int PositiveCases { get; private set; }
    public int FalseReplacementsInNegatives { get; private set; }

    public double Recall(string kind) => _byKind[kind].Expected == 0 ? 1 : (double)_byKind[kind].Hit / _byKind[kind].Expected;

    public void Add(ScrubEvaluationCase evaluationCase, IReadOnlyList<(int Start, int End, string Kind)> replaced)
    {
        var expected = ExpectedSpans(evaluationCase);
        if (expected.Count == 0) NegativeCases++; else PositiveCases++;
        foreach (var span in expected)
        {
            var hit = replaced.Any(r => Hides(r.Kind, span.Kind) && r.Start <= span.Start && r.End >= span.End);
            var (count, hits) = _byKind[span.Kind];
            _byKind[span.Kind] = (count + 1, hits + (hit ? 1 : 0));
            if (!hit) Misses.Add($"{evaluationCase.Id} {span.Kind} \"{evaluationCase.Text[span.Start..span.End]}\"");
        }
        foreach (var r in replaced)
        {
            // "Kerkstraat 12, 2511 AB" as one address is right when street and postcode are expected apart: every letter
            // and digit it replaces is personal data.
            var covered = Enumerable.Range(r.Start, r.End - r.Start)
                .All(i => !char.IsLetterOrDigit(evaluationCase.Text[i]) || expected.Any(e => e.Start <= i && i < e.End));
            if (covered) continue;
            FalseReplacements.Add($"{evaluationCase.Id} {r.Kind} \"{evaluationCase.Text[r.Start..r.End]}\"");
            if (expected.Count == 0) FalseReplacementsInNegatives++;
        }
    }

    // A postcode inside a replaced address is hidden by the address placeholder.
    private static bool Hides(string replacedKind, string expectedKind) =>
        replacedKind == expectedKind || (replacedKind == PersonalDataKinds.Address && expectedKind == PersonalDataKinds.Postcode);

    public string Report()
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Scrubber evaluation: {PositiveCases} positive and {NegativeCases} negative sentences");
        foreach (var (kind, (expected, hit)) in _byKind)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {kind,-14} recall {Recall(kind),7:P1}  ({hit}/{expected})");
        }
        report.AppendLine(CultureInfo.InvariantCulture, $"  false replacements: {FalseReplacements.Count} (in negatives: {FalseReplacementsInNegatives})");
        foreach (var miss in Misses) report.AppendLine("  MISSED " + miss);
        foreach (var wrong in FalseReplacements) report.AppendLine("  FALSE  " + wrong);
        return report.ToString();
    }

    private static List<(int Start, int End, string Kind)> ExpectedSpans(ScrubEvaluationCase evaluationCase)
    {
        var spans = new List<(int Start, int End, string Kind)>();
        foreach (var expect in evaluationCase.Expect.Distinct())
        {
            for (var at = evaluationCase.Text.IndexOf(expect.Value, StringComparison.Ordinal); at >= 0; at = evaluationCase.Text.IndexOf(expect.Value, at + expect.Value.Length, StringComparison.Ordinal))
            {
                spans.Add((at, at + expect.Value.Length, expect.Kind));
            }
        }
        return spans;
    }
}
