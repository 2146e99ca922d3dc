using System.Diagnostics;
using System.Globalization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Privacy.Words;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Privacy;

// scrub-eval.jsonl holds the older sets (dev, blind, the first 60 hard sentences); tuned on, it must pass with the Dutch
// word list and without it (the fallback). Every other set, with the bar it keeps and what it measured when it was
// still blind, is listed in ScrubEvaluationSets. Names the lists have never seen: UnseenNameEvaluationTests.
public sealed class ScrubEvaluationTests(ITestOutputHelper output)
{
    private static readonly string[] Structured =
        [PersonalDataKinds.Bsn, PersonalDataKinds.VNumber, PersonalDataKinds.Iban, PersonalDataKinds.Phone, PersonalDataKinds.Email];

    public static TheoryData<bool> WordListModes => new() { true, false };

    public static TheoryData<string> Sets => new(ScrubEvaluationSets.All.Select(set => set.File));

    [Theory]
    [MemberData(nameof(WordListModes))]
    public void The_evaluation_set_meets_the_recall_and_precision_bar(bool withWordList)
    {
        var cases = ScrubEvaluationSet.Load("scrub-eval.jsonl");
        var (evaluation, leaks, report) = ScrubEvaluationSet.Measure(cases, withWordList ? "scrub.txt" : "scrub-without-word-list.txt", Words(withWordList));
        output.WriteLine(report);

        Assert.True(cases.Count >= 80, "the set needs at least 80 sentences");
        Assert.True(evaluation.NegativeCases >= 30, "the set needs at least 30 negatives");
        foreach (var kind in Structured) Assert.True(evaluation.Recall(kind) == 1.0, $"{kind} recall {evaluation.Recall(kind):P1}\n{report}");
        foreach (var kind in PersonalDataKinds.All.Except(Structured)) Assert.True(evaluation.Recall(kind) >= 0.95, $"{kind} recall {evaluation.Recall(kind):P1}\n{report}");
        Assert.True(evaluation.FalseReplacements.Count == 0, report);
        Assert.Empty(leaks);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_set_meets_its_bar(string file)
    {
        var bar = ScrubEvaluationSets.All.Single(set => set.File == file).Bar;
        var cases = ScrubEvaluationSet.Load(file);
        var (evaluation, leaks, report) = ScrubEvaluationSet.Measure(cases, Path.ChangeExtension(file, ".txt"), Words(true));
        output.WriteLine(report);
        output.WriteLine(Benchmark(cases));

        Assert.True(cases.Count >= 80 && evaluation.NegativeCases >= 30, "a set needs at least 80 sentences, 30 of them negative");
        foreach (var kind in Structured) Assert.True(evaluation.Recall(kind) == 1.0, $"{kind} recall {evaluation.Recall(kind):P1}\n{report}");
        Assert.True(evaluation.Recall(PersonalDataKinds.Name) >= bar.Name, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.Address) >= bar.Address, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.Postcode) >= bar.Postcode, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.BirthDate) >= bar.BirthDate, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.Document) >= bar.Document, report);
        Assert.True(evaluation.FalseReplacements.Count <= bar.FalseReplacements, report);
        if (bar == ScrubBar.Complete) Assert.Empty(leaks);
    }

    private static DutchWordList Words(bool withWordList)
    {
        if (!withWordList) return DutchWordList.Load("/nonexistent/nederlands");
        Assert.True(Scrub.Words.IsLoaded, $"no word list at {DutchWordList.DefaultPath}: install the wdutch package (scripts/test.sh does)");
        return Scrub.Words;
    }

    /// <summary>Rough cost per message with and without the word list; the machine is shared, so it is printed, not asserted.</summary>
    private static string Benchmark(IReadOnlyList<ScrubEvaluationCase> cases)
    {
        var lines = new List<string>();
        foreach (var withWordList in new[] { true, false })
        {
            var scrubber = new PersonalDataScrubber(Options.Create(new PrivacyOptions { FingerprintKey = "benchmark-key-0123456789" }), Words(withWordList));
            foreach (var c in cases) scrubber.Scrub(c.Text, ScrubMemory.Create());
            var clock = Stopwatch.StartNew();
            var count = 0;
            for (var round = 0; round < 5; round++)
            {
                foreach (var c in cases) { scrubber.Scrub(c.Text, ScrubMemory.Create()); count++; }
            }
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {(withWordList ? "with" : "without")} the word list: {clock.Elapsed.TotalMicroseconds / count:F0} µs per sentence ({count} sentences)"));
        }
        return "Benchmark (shared machine, rough):\n" + string.Join('\n', lines);
    }
}
