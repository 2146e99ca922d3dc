using System.Text;
using System.Text.Json;
using CasuistiekBot.Privacy;
using CasuistiekBot.Privacy.Words;
using CasuistiekBot.Testing;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Privacy;

/// <summary>Loads an annotated JSON Lines set from this folder, measures the scrubber on it and writes the report to artifacts/eval.</summary>
internal static class ScrubEvaluationSet
{
    public static List<ScrubEvaluationCase> Load(string fileName)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Privacy", fileName);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<ScrubEvaluationCase>(line, options)!)
            .ToList();
    }

    /// <summary>Recall and false replacements on the detected spans, and every expected value still in the scrubbed text.</summary>
    public static (ScrubEvaluation Evaluation, List<string> Leaks, string Report) Measure(IReadOnlyList<ScrubEvaluationCase> cases, string reportName, DutchWordList words) =>
        Measure(cases, reportName, words, NameLists.Embedded);

    public static (ScrubEvaluation Evaluation, List<string> Leaks, string Report) Measure(IReadOnlyList<ScrubEvaluationCase> cases, string reportName, DutchWordList words, NameLists names)
    {
        var scrubber = new PersonalDataScrubber(Options.Create(new PrivacyOptions { FingerprintKey = "evaluation-key-0123456789" }), words, names);
        var evaluation = new ScrubEvaluation();
        var leaks = new List<string>();
        foreach (var evaluationCase in cases)
        {
            var replaced = scrubber.DetectSpans(evaluationCase.Text).Select(s => (s.Start, s.End, s.Kind)).ToList();
            evaluation.Add(evaluationCase, replaced);
            var scrubbed = scrubber.Scrub(evaluationCase.Text, ScrubMemory.Create()).Text;
            leaks.AddRange(evaluationCase.Expect.Where(e => scrubbed.Contains(e.Value, StringComparison.Ordinal)).Select(e => $"{evaluationCase.Id}: {e.Value}"));
        }
        var report = evaluation.Report() + string.Concat(leaks.Select(l => $"  LEAKED {l}\n"));
        var file = Path.Combine(RepositoryPaths.Root, "artifacts", "eval", reportName);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, report, new UTF8Encoding(false));
        return (evaluation, leaks, report);
    }
}
