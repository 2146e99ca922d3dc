using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace CasuistiekBot.Framework.Cards;

/// <summary>
/// All card templates of a directory, read and compiled once at start so a broken template stops the
/// app from starting instead of failing a user's turn. Register the loaded store as a singleton.
/// </summary>
public sealed class CardTemplateStore
{
    private readonly Dictionary<string, CardTemplate> _templates;

    /// <summary>A store over templates already parsed (tests, or templates from elsewhere).</summary>
    /// <exception cref="ArgumentException">Two templates have the same name.</exception>
    public CardTemplateStore(IEnumerable<CardTemplate> templates)
    {
        _templates = new Dictionary<string, CardTemplate>(StringComparer.OrdinalIgnoreCase);
        foreach (var template in templates)
        {
            if (!_templates.TryAdd(template.Name, template))
                throw new ArgumentException($"two card templates are named '{template.Name}'", nameof(templates));
        }
    }

    /// <summary>The template names, e.g. <c>welcome</c> for <c>welcome.json</c>.</summary>
    public IReadOnlyCollection<string> Names => _templates.Keys;

    /// <summary>Loads every <c>*.json</c> file directly in <paramref name="directory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="CardTemplateException">A file is not a valid template; the message names the file.</exception>
    public static CardTemplateStore Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"card template directory '{Path.GetFullPath(directory)}' does not exist");

        var templates = new List<CardTemplate>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                templates.Add(CardTemplate.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)));
            }
            catch (CardTemplateException e)
            {
                throw new CardTemplateException($"{file}: {e.Message}", e);
            }
        }
        return new CardTemplateStore(templates);
    }

    /// <summary>The template called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such template; the message lists the known ones.</exception>
    public CardTemplate Get(string name) =>
        _templates.TryGetValue(name, out var template)
            ? template
            : throw new KeyNotFoundException($"no card template '{name}'; known: {string.Join(", ", Names.Order())}");

    public bool TryGet(string name, [NotNullWhen(true)] out CardTemplate? template) => _templates.TryGetValue(name, out template);

    /// <summary>Shorthand for <c>Get(name).Bind(model)</c>.</summary>
    public JsonObject Bind(string name, object? model) => Get(name).Bind(model);
}
