using System.Text.Json.Nodes;

namespace CasuistiekBot.Testing.Cards;

/// <summary>
/// Screenshots bound cards as Teams (light theme) shows them, for reviewers: tests/js/render-cards.js drives
/// the adaptivecards SDK in headless Chromium with the Teams host config and CSS from the shared folder.
/// </summary>
public static class CardRenderer
{
    /// <summary>Where reviewers find the screenshots: <c>artifacts/cards/</c> in the repository.</summary>
    public static string ArtifactsDirectory => Path.Combine(RepositoryPaths.Root, "artifacts", "cards");

    /// <summary>Chromium from <c>CASUISTIEK_TEST_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CASUISTIEK_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Renders every card to <c>&lt;outputDirectory&gt;/&lt;name&gt;.png</c>; returns the PNG path per name.</summary>
    /// <exception cref="InvalidOperationException">A card could not be rendered.</exception>
    public static async Task<IReadOnlyDictionary<string, string>> RenderAsync(IReadOnlyDictionary<string, JsonObject> cards, string outputDirectory)
    {
        if (cards.Count == 0) return new Dictionary<string, string>();
        var schemas = Path.Combine(RepositoryPaths.Shared, "schemas");
        using var files = new CardFiles(cards);
        var output = await NodeTool.RunAsync("render-cards.js",
        [
            "--out", outputDirectory,
            "--host", Path.Combine(schemas, "teams-hostconfig-light.json"),
            "--css", Path.Combine(schemas, "teams-container-light.css"),
            "--chromium", ChromiumPath,
            .. files.Paths,
        ]);
        var pngs = new Dictionary<string, string>();
        var failures = new List<string>();
        foreach (var file in files.Paths)
        {
            if (output[file]?["png"]?.GetValue<string>() is { } png) pngs[files.NameOf(file)] = png;
            else failures.Add($"{files.NameOf(file)}: {output[file]?["error"] ?? "no result"}");
        }
        return failures.Count == 0 ? pngs : throw new InvalidOperationException("cards not rendered: " + string.Join("; ", failures));
    }
}
