using System.Globalization;
using System.Text.Json;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Localization;

/// <summary>
/// The product's sentences in Dutch and English, loaded once from the embedded catalogs: the shared one in
/// Localization/ and one texts.json per capability folder. A key defined twice is a build mistake and fails at start.
/// </summary>
public sealed class Texts
{
    private const string ResourcePrefix = "CasuistiekBot.Texts.";

    private readonly Dictionary<string, Dictionary<string, string>> _entries = new(StringComparer.Ordinal);

    public Texts()
    {
        var assembly = typeof(Texts).Assembly;
        var catalogs = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order().ToList();
        if (catalogs.Count == 0) throw new InvalidOperationException("No text catalog is embedded.");
        foreach (var name in catalogs)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
                ?? throw new InvalidOperationException($"The text catalog {name} is empty.");
            foreach (var (key, byLanguage) in entries)
            {
                if (!_entries.TryAdd(key, byLanguage)) throw new InvalidOperationException($"The text '{key}' is defined twice (again in {name}).");
            }
        }
    }

    public IReadOnlyCollection<string> Keys => _entries.Keys;

    public string Get(string key, string language, params object[] args)
    {
        if (!_entries.TryGetValue(key, out var byLanguage)) throw new KeyNotFoundException($"No text '{key}'.");
        var text = byLanguage.TryGetValue(language, out var t) ? t : byLanguage[Languages.Dutch];
        return args.Length == 0 ? text : string.Format(CultureInfo.GetCultureInfo(language), text, args);
    }

    public string Get(string key, ITurnContext turn, params object[] args) => Get(key, turn.Language, args);
}
