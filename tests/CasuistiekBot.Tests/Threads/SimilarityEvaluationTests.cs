using System.Globalization;
using System.Text;
using System.Text.Json;
using CasuistiekBot.Testing;
using CasuistiekBot.Threads;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Threads;

// Measures the similarity through the `similar` command on similar-pairs.jsonl, labelled from the domain text before
// any tuning. "tune" (28 pairs) was looked at while choosing the weights and the threshold; "heldout" (17 pairs) never
// was: only measured. First version (words, themes, route, law; threshold 0.30): tune precision 11/12, recall 11/16;
// held-out 4/5 and 4/10. One round on the tune pairs' misses (compounds sharing a word at their start or end count for
// half, a few abbreviations read as their words, the threshold at the best F1 on tune, 0.23): tune 16/18 and 16/16;
// held-out 7/8 (87.5%) and 7/10 (70%). The floors are those figures.
public sealed class SimilarityEvaluationTests(ITestOutputHelper output)
{
    private static string PairsFile => Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Threads", "similar-pairs.jsonl");

    [Theory]
    [InlineData("tune", 0.88, 1.0)]
    [InlineData("heldout", 0.87, 0.70)]
    public async Task The_similarity_finds_the_labelled_pairs_with_precision_and_recall_at_least_the_measured_floor(string split, double precisionFloor, double recallFloor)
    {
        var lines = File.ReadLines(PairsFile).Where(l => l.Trim().Length > 0).ToList();
        var written = new StringWriter();
        Assert.Equal(0, await new SimilarCommand(SimilarityKit.Reader()).RunAsync(new StringReader(string.Join('\n', lines)), written, CancellationToken.None));

        var verdicts = written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(lines.Count, verdicts.Count);
        Assert.True(lines.Count >= 40, $"the set needs at least 40 pairs, has {lines.Count}");
        Assert.True(verdicts.Count(v => v.GetProperty("split").GetString() == "heldout") >= 15, "the held-out part needs at least 15 pairs");
        var part = verdicts.Where(v => v.GetProperty("split").GetString() == split).ToList();
        var truePositives = part.Count(v => v.GetProperty("similar").GetBoolean() && v.GetProperty("expected").GetBoolean());
        var predicted = part.Count(v => v.GetProperty("similar").GetBoolean());
        var actual = part.Count(v => v.GetProperty("expected").GetBoolean());
        var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        var recall = actual == 0 ? 0 : (double)truePositives / actual;

        var report = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{split}: {part.Count} pairs, precision {precision:P1} ({truePositives}/{predicted}), recall {recall:P1} ({truePositives}/{actual})");
        foreach (var v in part.Where(v => v.GetProperty("similar").GetBoolean() != v.GetProperty("expected").GetBoolean()))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  wrong: {v.GetProperty("id").GetString()} score {v.GetProperty("score").GetDouble():0.000} expected {v.GetProperty("expected").GetBoolean()}");
        }
        output.WriteLine(report.ToString());
        Assert.True(precision >= precisionFloor, $"precision {precision:P1} is below {precisionFloor:P1}\n{report}");
        Assert.True(recall >= recallFloor, $"recall {recall:P1} is below {recallFloor:P1}\n{report}");
    }

    // similar-pairs-blind.jsonl: 60 pairs (30 similar) written by someone who saw only the domain text and the seeds,
    // committed before the similarity existed in this repository and measured once after it was merged: precision 75.0%
    // (3/4), recall 10.0% (3/30). Shared words find a rode draad only when it is told in the same words; the blind pairs
    // mostly tell the same problem differently, so the similarity is far from useful on new text. The floors are that run.
    [Fact]
    public async Task The_blind_pairs_keep_their_measured_figures()
    {
        var lines = File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Threads", "similar-pairs-blind.jsonl")).Where(l => l.Trim().Length > 0).ToList();
        var written = new StringWriter();
        Assert.Equal(0, await new SimilarCommand(SimilarityKit.Reader()).RunAsync(new StringReader(string.Join('\n', lines)), written, CancellationToken.None));
        var verdicts = written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var truePositives = verdicts.Count(v => v.GetProperty("similar").GetBoolean() && v.GetProperty("expected").GetBoolean());
        var predicted = verdicts.Count(v => v.GetProperty("similar").GetBoolean());
        var actual = verdicts.Count(v => v.GetProperty("expected").GetBoolean());
        var report = string.Create(CultureInfo.InvariantCulture, $"blind: {verdicts.Count} pairs, precision {truePositives}/{predicted}, recall {truePositives}/{actual}");
        output.WriteLine(report);

        Assert.Equal(60, verdicts.Count);
        Assert.True(predicted > 0 && (double)truePositives / predicted >= 0.75, report);
        Assert.True((double)truePositives / actual >= 0.10, report);
    }
}
