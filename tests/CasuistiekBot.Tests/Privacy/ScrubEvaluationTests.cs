using System.Diagnostics;
using System.Globalization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Privacy.Words;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Privacy;

// Three sets, each written before the rules they measure:
// - scrub-eval.jsonl: the older sets (dev, blind, the first 60 hard sentences); tuned on. It must pass with the Dutch
//   word list and without it (the fallback).
// - scrub-tuning.jsonl: 104 sentences written with the second held-out set, for the word-list rules; tuned on.
// - scrub-heldout-2.jsonl: 131 hard sentences written first and committed before any rule changed; never tuned on.
//   Before (the scrubber of that commit): NAAM 49.3% (37/75), GEBOORTEDATUM 30.0% (3/10), ADRES 62.5% (5/8),
//   DOCUMENT 28.6% (2/7), VNUMMER 66.7% (2/3), BSN, IBAN, TELEFOON, EMAIL, POSTCODE 100%; 2 false replacements.
//   After, measured once: every kind 100%, 2 false replacements: "van Sanjay Ramautar" (after the label "naam", "van"
//   was not skipped as the role words already did; fixed after that run, so that fix is not blind) and "Amnesty" (an
//   organisation unknown to the lists before "belden"; left as it is). The name lists were written by the author of
//   this set, so they share names with it: with every name that occurs only in this set taken out of the lists, names
//   drop to 69.3% (52/75), the figure for names the lists have never seen. Without the word list (the fallback): names
//   73.3%, the other kinds 100%, 2 false replacements.
//   Issue 12 point 7 (names no list knows, places and organisations as data files): every kind still 100%, no false
//   replacement. Names the lists have never seen: UnseenNameEvaluationTests.
public sealed class ScrubEvaluationTests(ITestOutputHelper output)
{
    private static readonly string[] Structured =
        [PersonalDataKinds.Bsn, PersonalDataKinds.VNumber, PersonalDataKinds.Iban, PersonalDataKinds.Phone, PersonalDataKinds.Email];

    public static TheoryData<bool> WordListModes => new() { true, false };

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

    [Fact]
    public void The_tuning_set_is_scrubbed_completely_and_nothing_else()
    {
        var cases = ScrubEvaluationSet.Load("scrub-tuning.jsonl");
        var (evaluation, leaks, report) = ScrubEvaluationSet.Measure(cases, "scrub-tuning.txt", Words(true));
        output.WriteLine(report);

        foreach (var kind in PersonalDataKinds.All) Assert.True(evaluation.Recall(kind) == 1.0, $"{kind} recall {evaluation.Recall(kind):P1}\n{report}");
        Assert.True(evaluation.FalseReplacements.Count == 0, report);
        Assert.Empty(leaks);
    }

    // The bar is what the held-out set measured once after the rules were written, not a target the set was tuned to.
    [Fact]
    public void The_second_held_out_set_meets_the_bar_it_measured()
    {
        var cases = ScrubEvaluationSet.Load("scrub-heldout-2.jsonl");
        var (evaluation, _, report) = ScrubEvaluationSet.Measure(cases, "scrub-heldout-2.txt", Words(true));
        output.WriteLine(report);
        output.WriteLine(Benchmark(cases));

        Assert.True(cases.Count >= 80 && evaluation.NegativeCases >= 30, "the set needs at least 80 sentences, 30 of them negative");
        foreach (var kind in Structured) Assert.True(evaluation.Recall(kind) == 1.0, $"{kind} recall {evaluation.Recall(kind):P1}\n{report}");
        Assert.True(evaluation.Recall(PersonalDataKinds.Name) >= HeldOutBar.Name, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.Address) >= HeldOutBar.Address, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.Postcode) >= HeldOutBar.Postcode, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.BirthDate) >= HeldOutBar.BirthDate, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.Document) >= HeldOutBar.Document, report);
        Assert.True(evaluation.FalseReplacements.Count <= HeldOutBar.FalseReplacements, report);
    }

    // Written by someone who had read neither the scrubber nor its lists nor any other set, and measured once after
    // every rule of issue 12 was in; nothing was changed after that run. The bar below is that run's result:
    // NAAM 91.7% (88/96), GEBOORTEDATUM 86.7% (13/15), DOCUMENT 70.0% (7/10), ADRES, POSTCODE and every structured
    // number 100%; 3 false replacements ("Ukrainian", "Protection Board", and "asked whether" taken along with a name).
    // Below the goal (95% and none false): what it missed is the next work, on new sentences, not on these.
    [Fact]
    public void The_third_held_out_set_written_apart_from_the_rules_meets_the_bar_it_measured()
    {
        var cases = ScrubEvaluationSet.Load("scrub-heldout-3.jsonl");
        var (evaluation, _, report) = ScrubEvaluationSet.Measure(cases, "scrub-heldout-3.txt", Words(true));
        output.WriteLine(report);

        Assert.True(cases.Count >= 80 && evaluation.NegativeCases >= 30, "the set needs at least 80 sentences, 30 of them negative");
        foreach (var kind in Structured) Assert.True(evaluation.Recall(kind) == 1.0, $"{kind} recall {evaluation.Recall(kind):P1}\n{report}");
        Assert.True(evaluation.Recall(PersonalDataKinds.Name) >= 0.916, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.Address) >= 1.0, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.Postcode) >= 1.0, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.BirthDate) >= 0.866, report);
        Assert.True(evaluation.Recall(PersonalDataKinds.Document) >= 0.70, report);
        Assert.True(evaluation.FalseReplacements.Count <= 3, report);
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
