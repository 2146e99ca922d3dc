using System.Globalization;
using System.Text;
using System.Text.Json;
using CasuistiekBot.Safety;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Safety;

/// <summary>Runs the detector over one evaluation set and counts: found or not, and whether the kind agrees.</summary>
internal sealed class DangerEvaluation
{
    private readonly List<string> _errors = [];

    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int TrueNegatives { get; private set; }
    public int KindAgrees { get; private set; }
    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;
    public int Positives => TruePositives + FalseNegatives;
    public int Negatives => TrueNegatives + FalsePositives;
    public double Recall => (double)TruePositives / Math.Max(1, Positives);
    public double Precision => (double)TruePositives / Math.Max(1, TruePositives + FalsePositives);

    /// <summary>The sentences of a set that may be tuned and trained on: all but those marked as held out.</summary>
    public static IReadOnlyList<DangerEvaluationCase> Load(string file) => [.. LoadAll(file).Where(c => !c.IsHeldOut)];

    /// <summary>The sentences of a set kept apart (<c>"split": "heldout"</c>): only ever measured.</summary>
    public static IReadOnlyList<DangerEvaluationCase> LoadHeldOutPart(string file) => [.. LoadAll(file).Where(c => c.IsHeldOut)];

    public static IReadOnlyList<DangerEvaluationCase> LoadAll(string file) =>
        File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Safety", file))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<DangerEvaluationCase>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .Select(c => c with { Kinds = [.. c.Kinds.Select(Canonical)] })
            .ToList();

    // The fourth held-out set's writer called a threat to staff "staff_threat", the sixth's called self-harm "self_harm";
    // the detector calls them "staff" and "suicide" (suicide or self-harm).
    private static string Canonical(string kind) => kind switch
    {
        "staff_threat" => DangerKinds.Staff,
        "self_harm" => DangerKinds.Suicide,
        _ => kind,
    };

    public static DangerEvaluation Run(IEnumerable<DangerEvaluationCase> cases, AcuteDangerDetector detector)
    {
        var evaluation = new DangerEvaluation();
        foreach (var evaluationCase in cases) evaluation.Add(evaluationCase, detector.Detect(evaluationCase.Text));
        return evaluation;
    }

    /// <summary>Counts another run's sentences with this one's, as if they were one set.</summary>
    public void Add(DangerEvaluation other)
    {
        (TruePositives, FalsePositives, FalseNegatives, TrueNegatives) =
            (TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives, TrueNegatives + other.TrueNegatives);
        KindAgrees += other.KindAgrees;
        _errors.AddRange(other._errors);
    }

    public string Report(string name)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{name}: {Count} sentences ({Positives} with danger, {Negatives} without): recall {Recall:P1} ({TruePositives}/{Positives}), " +
            $"precision {Precision:P1} ({TruePositives}/{TruePositives + FalsePositives}), kind agrees {KindAgrees}/{TruePositives}");
        foreach (var error in _errors) report.AppendLine(CultureInfo.InvariantCulture, $"  {error}");
        return report.ToString();
    }

    private void Add(DangerEvaluationCase evaluationCase, DangerFinding finding)
    {
        var expected = evaluationCase.Kinds.Count > 0;
        var found = DangerKinds.Names(finding.Kinds);
        switch (expected, finding.Found)
        {
            case (true, true):
                TruePositives++;
                if (found.Intersect(evaluationCase.Kinds).Any()) KindAgrees++;
                else _errors.Add($"KIND  {evaluationCase.Id} expected {string.Join('+', evaluationCase.Kinds)}, found {string.Join('+', found)}: {evaluationCase.Text}");
                break;
            case (true, false):
                FalseNegatives++;
                _errors.Add($"MISS  {evaluationCase.Id} {string.Join('+', evaluationCase.Kinds)}: {evaluationCase.Text}");
                break;
            case (false, true):
                FalsePositives++;
                _errors.Add($"FALSE {evaluationCase.Id} found {string.Join('+', found)} in \"{string.Join("\", \"", finding.Cues)}\": {evaluationCase.Text}");
                break;
            default:
                TrueNegatives++;
                break;
        }
    }
}
