using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CasuistiekBot.Localization;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Localization;

/// <summary>
/// A text key lives in a texts.json; code names it through the constants the build generates from that file
/// (<c>Tasks/texts.json</c> → <c>TasksTextKeys</c>), so a renamed or removed key fails the build instead of a turn.
/// These tests keep it that way: no key or key prefix written as a string in code (a prefix completed at run time is a
/// generated <c>...Prefix</c> constant), the task lists' own prefixes present in a catalog, a constant for every key,
/// and every entry in both languages (the lookup falls back to Dutch, so a missing English would pass unseen).
/// </summary>
public sealed partial class TextKeysTests
{
    private static string AppSources => Path.Combine(RepositoryPaths.Root, "src", "CasuistiekBot");

    [Fact]
    public void No_text_key_or_key_prefix_is_written_as_a_string_in_code()
    {
        var keys = Catalogs().SelectMany(c => c.Entries.Keys).ToHashSet(StringComparer.Ordinal);
        var sources = AppSourceFiles().ToList();

        // A verb or card name may spell the same as a text (the "erase.pick" button and its label); those are constants too.
        var literals = sources.Where(s => !IsVerbsOrCardNames(s.Where))
            .SelectMany(s => Literals(s).Where(l => keys.Contains(l.Text) || IsKeyPrefix(l.Text, keys)).Select(l => $"{l.Where}: \"{l.Text}\""))
            .ToList();
        var constantUses = sources.Sum(s => s.Lines.Sum(line => GeneratedConstantUse().Count(line)));

        Assert.True(constantUses > 500, $"only {constantUses} uses of the generated text-key constants found: has the naming changed?");
        Assert.True(literals.Count == 0, "Text keys or key prefixes written as strings; use the generated *TextKeys constant:\n" + string.Join("\n", literals));
    }

    [Fact]
    public void Every_task_list_finds_its_section_texts()
    {
        var keys = Catalogs().SelectMany(c => c.Entries.Keys).ToHashSet(StringComparer.Ordinal);
        // A task source names its texts by a prefix the list card completes with these (Tasks/MyTasksCard).
        string[] sectionTexts = [".section", ".sectionNone", ".show", ".heading", ".summary", ".none", ".cards", ".someCards", ".hint"];
        var prefixes = AppSourceFiles()
            .SelectMany(s => s.Lines.SelectMany((line, i) => TaskTextPrefix().Matches(line).Select(m => (Prefix: m.Groups["prefix"].Value, Where: $"{s.Where}:{i + 1}"))))
            .ToList();

        var missing = prefixes.SelectMany(p => sectionTexts.Where(t => !keys.Contains(p.Prefix + t)).Select(t => $"{p.Where}: {p.Prefix}{t}")).ToList();

        Assert.True(prefixes.Count >= 3, $"only {prefixes.Count} task sources with a text prefix found: has IMyTaskSource.TextPrefix been renamed?");
        Assert.True(missing.Count == 0, "Task list texts with no entry in any texts.json:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_catalog_key_has_a_generated_constant()
    {
        var app = typeof(Texts).Assembly;
        var absent = new List<string>();
        foreach (var (file, entries) in Catalogs())
        {
            // Signals/Handlers/texts.json → CasuistiekBot.Signals.Handlers.SignalsHandlersTextKeys, as the generator names it.
            var folders = Path.GetDirectoryName(file)!.Replace('\\', '/').Split('/').SkipWhile(f => f != "CasuistiekBot").Skip(1).ToArray();
            var constants = app.GetType($"CasuistiekBot.{string.Join('.', folders)}.{string.Concat(folders)}TextKeys")?.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal) ?? [];
            absent.AddRange(entries.Keys.Where(k => !constants.Contains(k)).Select(k => $"{file}: {k}"));
        }

        Assert.True(absent.Count == 0, "Catalog keys without a generated constant:\n" + string.Join("\n", absent));
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

    // "signal.status.", completed at run time: the generator names it SignalStatusPrefix.
    private static bool IsKeyPrefix(string text, HashSet<string> keys) =>
        text.EndsWith('.') && keys.Any(k => k.StartsWith(text, StringComparison.Ordinal));

    private static bool IsVerbsOrCardNames(string file) =>
        Path.GetFileNameWithoutExtension(file) is var name && (name.EndsWith("Verbs", StringComparison.Ordinal) || name.EndsWith("CardNames", StringComparison.Ordinal));

    private static List<(string File, Dictionary<string, Dictionary<string, string>> Entries)> Catalogs() =>
        Directory.GetFiles(AppSources, "texts.json", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(f))!))
            .ToList();

    private static IEnumerable<(string Where, string[] Lines)> AppSourceFiles() =>
        Directory.GetFiles(AppSources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && !f.Contains("Migrations", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), File.ReadAllLines(f)));

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    // Every string literal of a file (not verbatim), with its line; and every quoted dotted word, which also finds a key
    // inside an interpolation's hole ($"<a>{T("dashboard.back")}</a>"), where the plain reading sees one long string.
    private static IEnumerable<(string Text, string Where)> Literals((string Where, string[] Lines) source) =>
        source.Lines.SelectMany((line, i) => PlainLiteral().Matches(line).Concat(QuotedDottedWord().Matches(line))
            .Select(m => (m.Groups["text"].Value, $"{source.Where}:{i + 1}")).Distinct());

    // Plain literals, and the text before the first hole of an interpolated one ($"signal.status.{status}").
    [GeneratedRegex(@"(?<![@\w""])(?:""(?<text>(?:[^""\\\n]|\\.)*)""|\$""(?<text>[^""{\\\n]*)\{)")]
    private static partial Regex PlainLiteral();

    [GeneratedRegex(@"""(?<text>[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_+-]+)+\.?)""")]
    private static partial Regex QuotedDottedWord();

    [GeneratedRegex(@"\b\w+TextKeys\.[A-Z]\w*")]
    private static partial Regex GeneratedConstantUse();

    [GeneratedRegex(@"\bTextPrefix\s*=>\s*""(?<prefix>[^""]+)""")]
    private static partial Regex TaskTextPrefix();
}
