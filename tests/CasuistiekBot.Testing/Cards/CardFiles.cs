using System.Text.Json.Nodes;

namespace CasuistiekBot.Testing.Cards;

/// <summary>Named cards written to a scratch folder so one node call can read them all.</summary>
internal sealed class CardFiles : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "casuistiek-cards-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _nameByFile = new(StringComparer.Ordinal);

    public CardFiles(IReadOnlyDictionary<string, JsonObject> cards)
    {
        Directory.CreateDirectory(_directory);
        foreach (var (name, card) in cards)
        {
            var file = Path.Combine(_directory, SafeFileName(name) + ".json");
            if (_nameByFile.ContainsKey(file)) throw new ArgumentException($"two cards map to the file name of '{name}'");
            File.WriteAllText(file, card.ToJsonString());
            _nameByFile[file] = name;
        }
    }

    public IEnumerable<string> Paths => _nameByFile.Keys;

    public string NameOf(string file) => _nameByFile[file];

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string SafeFileName(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
