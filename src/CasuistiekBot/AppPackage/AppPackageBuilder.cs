using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CasuistiekBot.AppPackage;

/// <summary>
/// Builds the Teams app package: manifest.json with its placeholders filled, the icons and the localization files it
/// names, all at the root of a zip (where Teams looks for them). Nothing is written unless every check passes; the
/// zip is written next to its destination first and moved into place, so a failure never leaves half a package.
/// </summary>
internal static partial class AppPackageBuilder
{
    public const string ManifestFile = "manifest.json";

    // Fixed entry times: the same configuration always gives the same package.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static AppPackageResult Build(string templateDirectory, PackageValues values, string outputPath)
    {
        var problems = new List<string>();
        var manifestPath = Path.Combine(templateDirectory, ManifestFile);
        if (!File.Exists(manifestPath)) return AppPackageResult.Failed($"no {ManifestFile} in {templateDirectory}");

        var manifestText = Fill(File.ReadAllText(manifestPath), values, ManifestFile, problems);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [ManifestFile] = Encoding.UTF8.GetBytes(manifestText) };
        foreach (var file in ReferencedFiles(manifestText, problems))
        {
            var path = Path.Combine(templateDirectory, file);
            if (Path.GetFileName(file) != file) problems.Add($"{file}: files in the package must sit next to the manifest");
            else if (!File.Exists(path)) problems.Add($"{file}: named in the manifest but not found in {templateDirectory}");
            else entries[file] = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? Encoding.UTF8.GetBytes(Fill(File.ReadAllText(path), values, file, problems))
                : File.ReadAllBytes(path);
        }
        if (problems.Count > 0) return new AppPackageResult([], problems);

        Write(entries, Path.GetFullPath(outputPath));
        return new AppPackageResult([.. entries.Keys], []);
    }

    private static string Fill(string text, PackageValues values, string file, List<string> problems)
    {
        var filled = Placeholder().Replace(text, match =>
            values.ByPlaceholder.TryGetValue(match.Groups[1].Value, out var value)
                ? JsonEncodedText.Encode(value).ToString()
                : match.Value);
        problems.AddRange(Placeholder().Matches(filled).Select(m => m.Value).Distinct().Select(p => $"{file}: unknown placeholder {p}"));
        return filled;
    }

    private static IEnumerable<string> ReferencedFiles(string manifestText, List<string> problems)
    {
        JsonNode? manifest;
        try
        {
            manifest = JsonNode.Parse(manifestText);
        }
        catch (JsonException e)
        {
            problems.Add($"{ManifestFile} is not valid JSON: {e.Message}");
            return [];
        }
        var icons = new[] { manifest?["icons"]?["color"], manifest?["icons"]?["outline"], manifest?["icons"]?["color32x32"] };
        var languages = manifest?["localizationInfo"]?["additionalLanguages"]?.AsArray().Select(l => l?["file"]) ?? [];
        var defaultLanguage = manifest?["localizationInfo"]?["defaultLanguageFile"];
        return icons.Concat(languages).Append(defaultLanguage).OfType<JsonValue>().Select(v => v.GetValue<string>()).Distinct();
    }

    private static void Write(Dictionary<string, byte[]> entries, string outputPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        var temporary = outputPath + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
            {
                foreach (var (name, content) in entries)
                {
                    var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                    entry.LastWriteTime = EntryTime;
                    using var stream = entry.Open();
                    stream.Write(content);
                }
            }
            File.Move(temporary, outputPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    [GeneratedRegex(@"\$\{\{([A-Z0-9_]+)\}\}")]
    private static partial Regex Placeholder();
}
