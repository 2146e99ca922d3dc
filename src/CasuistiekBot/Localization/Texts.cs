using System.Globalization;
using System.Text.Json;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Localization;

/// <summary>The product's sentences in Dutch and English, loaded once from the embedded catalog.</summary>
public sealed class Texts
{
    private readonly Dictionary<string, Dictionary<string, string>> _entries;

    public Texts()
    {
        using var stream = typeof(Texts).Assembly.GetManifestResourceStream("CasuistiekBot.Localization.texts.json")
            ?? throw new InvalidOperationException("The text catalog is not embedded.");
        _entries = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
            ?? throw new InvalidOperationException("The text catalog is empty.");
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
