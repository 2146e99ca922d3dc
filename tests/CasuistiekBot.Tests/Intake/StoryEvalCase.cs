using System.Globalization;
using System.Text.Json.Nodes;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Intake;

/// <summary>What a story in the evaluation set states, as its author wrote it down (see story-eval.md).</summary>
internal sealed record StoryExpectation(string? Wish, string? Deadline, string? OrgUnit, bool Chafes, bool Tried)
{
    /// <summary>The target case: what the author wants, by when (a date or "no hurry") and where they work.</summary>
    public bool StatesWishDeadlineAndWorkplace => Wish is not null && Deadline is not null && OrgUnit is not null;
}

/// <summary>One story of the evaluation set.</summary>
internal sealed record StoryEvalCase(string Id, string Split, string Language, DateOnly Today, string Story, StoryExpectation Expect)
{
    /// <summary>The first set (tuning and held-out), then sets written later by someone who saw neither the reader nor the first set.</summary>
    public static readonly string[] SetFiles = ["story-eval.jsonl", "story-heldout-2.jsonl", "story-heldout-3.jsonl", "story-heldout-4.jsonl", "story-heldout-5.jsonl", "story-heldout-own6.jsonl", "story-heldout-6.jsonl", "story-heldout-7.jsonl"];

    public static string SetPath => PathOf(SetFiles[0]);

    public static IReadOnlyList<StoryEvalCase> Load() =>
        SetFiles.Select(PathOf).SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0).Select(Parse).ToList();

    private static string PathOf(string file) => Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Intake", file);

    private static StoryEvalCase Parse(string line)
    {
        var o = JsonNode.Parse(line)!.AsObject();
        var e = o["expect"]!.AsObject();
        return new StoryEvalCase(
            (string)o["id"]!,
            (string)o["split"]!,
            (string)o["lang"]!,
            DateOnly.ParseExact((string)o["today"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            (string)o["story"]!,
            new StoryExpectation((string?)e["wish"], (string?)e["deadline"], (string?)e["orgUnit"], (bool)e["chafes"]!, (bool)e["tried"]!));
    }
}
