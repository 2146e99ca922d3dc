using System.Text.Json;
using System.Text.RegularExpressions;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Localization;

/// <summary>
/// A text key is a string in code and a property in a texts.json; a typo only shows when someone reaches that sentence.
/// These tests read every literal key the app passes to a text lookup and check it against the catalogs, and check that
/// every catalog entry speaks both languages (the lookup falls back to Dutch, so a missing English would pass unseen).
/// </summary>
public sealed partial class TextKeysTests
{
    private static string AppSources => Path.Combine(RepositoryPaths.Root, "src", "CasuistiekBot");

    [Fact]
    public void Every_text_key_the_code_names_is_in_a_catalog()
    {
        var keys = Catalogs().SelectMany(c => c.Entries.Keys).ToHashSet(StringComparer.Ordinal);
        var uses = KeysNamedInCode().ToList();

        var missing = uses
            .Where(u => u.Key.EndsWith('.') ? !keys.Any(k => k.StartsWith(u.Key, StringComparison.Ordinal)) : !keys.Contains(u.Key))
            .Select(u => $"{u.Where}: {u.Key}{(u.Key.EndsWith('.') ? "…" : "")}").ToList();

        Assert.True(uses.Count > 500, $"only {uses.Count} text keys found in the code: has the lookup been renamed?");
        Assert.True(missing.Count == 0, "Text keys with no entry in any texts.json:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_text_has_a_dutch_and_an_english_sentence()
    {
        var incomplete = Catalogs()
            .SelectMany(c => c.Entries.Where(e => !HasText(e.Value, "nl") || !HasText(e.Value, "en")).Select(e => $"{c.File}: {e.Key}"))
            .ToList();

        Assert.True(incomplete.Count == 0, "Texts without both nl and en:\n" + string.Join("\n", incomplete));
    }

    private static bool HasText(Dictionary<string, string> byLanguage, string language) =>
        byLanguage.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text);

    private static List<(string File, Dictionary<string, Dictionary<string, string>> Entries)> Catalogs() =>
        Directory.GetFiles(AppSources, "texts.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(f))!))
            .ToList();

    /// <summary>
    /// A literal first text argument of the lookups the app uses (<c>texts.Get</c>, the cards' <c>T</c>, the handlers'
    /// <c>Message</c>/<c>Refused</c>/<c>Refusal</c>): a whole key, or a prefix ending in a dot that code completes.
    /// </summary>
    private static IEnumerable<(string Key, string Where)> KeysNamedInCode()
    {
        foreach (var file in Directory.GetFiles(AppSources, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, file);
            if (relative.Contains("Migrations") || relative.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match match in Lookup().Matches(lines[i])) yield return (match.Groups["key"].Value, $"{relative}:{i + 1}");
            }
        }
    }

    [GeneratedRegex(@"\b(?:Get|T|L|Message|Refused|Refusal|Refuse|Answer)\((?:[\w.]+,\s*)?""(?<key>[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)*\.(?:[A-Za-z0-9_-]+)?)""")]
    private static partial Regex Lookup();
}
