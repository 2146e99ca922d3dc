using System.Text.Json;
using CasuistiekBot.Safety;
using CasuistiekBot.Safety.Detection;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Safety;

/// <summary>
/// Ordinary casus stories written for the routing and intake evaluations: what the detector reads every day. Those the
/// rules already call danger (a hunger strike, "threatened to end his life") are left out, so that none of them is
/// taught as a story without danger.
/// </summary>
internal static class CasusStories
{
    public static IReadOnlyList<string> WithoutDanger()
    {
        var rules = new AcuteDangerDetector(DangerModel.Empty, DangerLexicon.Cues);
        return [.. All().Where(text => !rules.Detect(text).Found)];
    }

    /// <summary>Every story, those the rules call danger included.</summary>
    public static IReadOnlyList<string> All() =>
        [.. Read("Routing", "route-eval.jsonl", "text").Concat(Read("Intake", "story-eval.jsonl", "story"))];

    private static IEnumerable<string> Read(string folder, string file, string field) =>
        File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", folder, file))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty(field).GetString()!);
}
