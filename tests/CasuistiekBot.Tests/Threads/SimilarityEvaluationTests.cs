using System.Globalization;
using System.Text;
using System.Text.Json;
using CasuistiekBot.Testing;
using CasuistiekBot.Threads;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Threads;

// Measures the similarity through the `similar` command on labelled pairs.
// similar-pairs.jsonl (45 pairs, labelled from the domain text before any tuning): "tune" (28) was looked at while
// choosing weights and threshold, "heldout" (17) never was. similar-pairs-blind.jsonl (60 pairs, 30 similar, written by
// someone who never saw the code) was measured once with words alone (precision 3/4, recall 3/30) and then tuned on.
// similar-pairs-own2.jsonl (30 pairs, 15 similar, a third English, hard negatives) was written before the concepts were
// tuned and is only measured.
// Words, themes, route and law alone (threshold 0.23): tune 16/18 and 16/16, held-out 7/8 and 7/10, blind 3/4 and 3/30.
// With the domain concepts (Threads/concepts.json, the rule at stake must agree; threshold 0.34): tune 16/16 and 16/16,
// held-out 8/8 and 8/10, blind 29/29 and 29/30, own2 14/17 and 14/15. The floors are those figures.
// similar-pairs-blind-2.jsonl (60 pairs, 30 similar, written by someone who saw only the domain text, committed before
// anything was measured on it) was then measured once: precision 16/17, recall 16/30 (the first blind set with words
// alone: 3/4 and 3/30). Most misses share no rule word in either language; not tuned on, the floor is that run.
public sealed class SimilarityEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("similar-pairs.jsonl", "tune", 16, 16, 16)]
    [InlineData("similar-pairs.jsonl", "heldout", 8, 8, 10)]
    [InlineData("similar-pairs-blind.jsonl", null, 29, 29, 30)]
    [InlineData("similar-pairs-own2.jsonl", null, 14, 17, 15)]
    [InlineData("similar-pairs-blind-2.jsonl", null, 16, 17, 30)]
    public async Task The_similarity_finds_the_labelled_pairs_with_precision_and_recall_at_least_the_measured_floor(string file, string? split, int truePositives, int predicted, int actual)
    {
        var verdicts = await VerdictsAsync(file);
        var part = verdicts.Where(v => split is null || v.GetProperty("split").GetString() == split).ToList();
        var found = part.Count(v => v.GetProperty("similar").GetBoolean() && v.GetProperty("expected").GetBoolean());
        var said = part.Count(v => v.GetProperty("similar").GetBoolean());
        var labelled = part.Count(v => v.GetProperty("expected").GetBoolean());

        var report = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{file} {split}: {part.Count} pairs, precision {found}/{said}, recall {found}/{labelled}");
        foreach (var v in part.Where(v => v.GetProperty("similar").GetBoolean() != v.GetProperty("expected").GetBoolean()))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  wrong: {v.GetProperty("id")} score {v.GetProperty("score").GetDouble():0.000} expected {v.GetProperty("expected").GetBoolean()}");
        }
        output.WriteLine(report.ToString());
        Assert.Equal(actual, labelled);
        Assert.True(said > 0 && (double)found / said >= (double)truePositives / predicted - 1e-9, $"precision below {truePositives}/{predicted}\n{report}");
        Assert.True(found >= truePositives, $"recall below {truePositives}/{actual}\n{report}");
    }

    [Fact]
    public async Task The_labelled_sets_keep_their_size()
    {
        Assert.Equal(45, (await VerdictsAsync("similar-pairs.jsonl")).Count);
        Assert.True((await VerdictsAsync("similar-pairs.jsonl")).Count(v => v.GetProperty("split").GetString() == "heldout") >= 15);
        Assert.Equal(60, (await VerdictsAsync("similar-pairs-blind.jsonl")).Count);
        Assert.Equal(60, (await VerdictsAsync("similar-pairs-blind-2.jsonl")).Count);
        Assert.Equal(30, (await VerdictsAsync("similar-pairs-own2.jsonl")).Count);
    }

    private static async Task<List<JsonElement>> VerdictsAsync(string file)
    {
        var lines = File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Threads", file)).Where(l => l.Trim().Length > 0).ToList();
        var written = new StringWriter();
        Assert.Equal(0, await new SimilarCommand(SimilarityKit.Reader()).RunAsync(new StringReader(string.Join('\n', lines)), written, CancellationToken.None));
        var verdicts = written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(lines.Count, verdicts.Count);
        Assert.DoesNotContain(verdicts, v => v.TryGetProperty("error", out _));
        return verdicts;
    }
}
