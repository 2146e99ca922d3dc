using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Localization;

/// <summary>
/// The product's sentences in Dutch and English, loaded once from the embedded catalogs: the shared one in
/// Localization/ and one texts.json per capability folder. A key defined twice is a build mistake and fails at start.
/// A count picks its noun with <c>{n|one|other}</c>: "{0} open {0|signaal|signalen}" reads "1 open signaal".
/// </summary>
public sealed partial class Texts
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
        if (args.Length == 0) return text;
        text = PluralChoice().Replace(text, m => IsOne(args, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) ? m.Groups[2].Value : m.Groups[3].Value);
        return string.Format(CultureInfo.GetCultureInfo(language), text, args);
    }

    // Dutch and English both use the singular for exactly one and the plural for everything else, zero included.
    private static bool IsOne(object[] args, int index) => index < args.Length && args[index] switch
    {
        int i => i == 1,
        long l => l == 1,
        decimal d => d == 1m,
        double d => d == 1d,
        _ => false,
    };

    [GeneratedRegex(@"\{(\d+)\|([^|{}]*)\|([^|{}]*)\}")]
    private static partial Regex PluralChoice();

    public string Get(string key, ITurnContext turn, params object[] args) => Get(key, turn.Language, args);
}
