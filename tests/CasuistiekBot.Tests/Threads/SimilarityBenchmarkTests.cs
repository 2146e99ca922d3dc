using System.Globalization;
using System.Text.Json.Nodes;
using CasuistiekBot.Testing;
using CasuistiekBot.Threads;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Threads;

/// <summary>
/// How long a comparison takes, printed (never asserted on the clock): the similarity runs at each submission over the
/// past year's cases and signals, each read again (themes, route, law, words and concepts) and compared with the new one.
/// </summary>
public sealed class SimilarityBenchmarkTests(ITestOutputHelper output)
{
    [Fact]
    public void Reading_and_comparing_every_labelled_text_with_every_other_is_measured_and_deterministic()
    {
        var reader = SimilarityKit.Reader();
        var texts = new[] { "similar-pairs.jsonl", "similar-pairs-blind.jsonl", "similar-pairs-own2.jsonl" }
            .SelectMany(f => File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Threads", f)))
            .Where(l => l.Trim().Length > 0)
            .SelectMany(l => new[] { JsonNode.Parse(l)!["a"]!, JsonNode.Parse(l)!["b"]! })
            .Select(n => (Kind: n["kind"]!.GetValue<string>(), Text: n["text"]!.GetValue<string>()))
            .ToList();
        reader.Read(texts[0].Kind, texts[0].Text, null);

        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        var prepared = texts.Select(t => reader.Read(t.Kind, t.Text, null)).ToList();
        var read = clock.GetElapsedTime(started);

        started = clock.GetTimestamp();
        var scores = new List<double>();
        foreach (var a in prepared) foreach (var b in prepared) scores.Add(SimilarityModel.Score(a, b));
        var compared = clock.GetElapsedTime(started);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{texts.Count} texts read in {read.TotalMilliseconds:0} ms ({read.TotalMilliseconds * 1000 / texts.Count:0} µs each); {scores.Count} comparisons in {compared.TotalMilliseconds:0} ms ({compared.TotalMilliseconds * 1000 / scores.Count:0.0} µs each)"));
        Assert.Equal(texts.Count * texts.Count, scores.Count);
        Assert.Equal(scores, prepared.SelectMany(a => prepared.Select(b => SimilarityModel.Score(a, b))));
        Assert.All(prepared.Where(p => p.Rules.Count > 0), p => Assert.True(SimilarityModel.Similar(SimilarityModel.Score(p, p))));
    }
}
