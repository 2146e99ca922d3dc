using System.Text.RegularExpressions;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Architecture;

/// <summary>
/// Dependencies the compiled assembly does not show: a <c>const</c> (a text key, a card verb, a card name) is copied
/// into the code that uses it, so using another slice's constant leaves no reference behind. Read from the sources:
/// <c>SessionsTextKeys.X</c> in a file of Signals is an edge Signals → Sessions.
/// </summary>
internal static partial class ConstantReferences
{
    private static string AppSources => Path.Combine(RepositoryPaths.Root, "src", "CasuistiekBot");

    /// <summary>Adds to <paramref name="edges"/> every slice-to-slice use of a constants class, with one example each.</summary>
    public static void AddTo(Dictionary<string, Dictionary<string, string>> edges)
    {
        var files = ArchitectureTests.SourceFiles(Path.Combine("src", "CasuistiekBot"))
            .Where(f => !f.Replace('\\', '/').Contains("/Migrations/", StringComparison.Ordinal)).ToList();
        var owners = files
            .SelectMany(f => Declared().Matches(File.ReadAllText(f)).Select(m => (Class: m.Groups["name"].Value, Slice: SliceOf(f))))
            .Where(d => d.Slice is not null)
            .GroupBy(d => d.Class).ToDictionary(g => g.Key, g => g.First().Slice!);
        foreach (var file in files)
        {
            if (SliceOf(file) is not { } from) continue;
            foreach (Match use in Used().Matches(File.ReadAllText(file)))
            {
                var name = use.Groups["name"].Value;
                var to = name.EndsWith("TextKeys", StringComparison.Ordinal) ? name[..^"TextKeys".Length] : owners.GetValueOrDefault(name);
                if (to is null || to == from) continue;
                var targets = edges.TryGetValue(from, out var t) ? t : edges[from] = new(StringComparer.Ordinal);
                targets.TryAdd(to, $"{Path.GetFileNameWithoutExtension(file)} → {name} (a constant)");
            }
        }
    }

    private static string? SliceOf(string file)
    {
        var parts = Path.GetRelativePath(AppSources, file).Split(Path.DirectorySeparatorChar);
        return parts.Length > 1 ? parts[0] : null;
    }

    [GeneratedRegex(@"\bclass\s+(?<name>\w+(?:Verbs|CardNames))\b")]
    private static partial Regex Declared();

    [GeneratedRegex(@"\b(?<name>\w+(?:TextKeys|Verbs|CardNames))\.\w")]
    private static partial Regex Used();
}
