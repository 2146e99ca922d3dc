using CasuistiekBot.Routing.Text;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Policy;

/// <summary>
/// The configured list of laws and regulations, and a law suggested from a text only where the text names it (by its
/// name or one of the configured aliases, as whole words): a table, not a guess. The longest alias found wins, then the
/// first one in the text.
/// </summary>
internal sealed class PolicyLaws
{
    public const int MaxLength = 120;

    public static readonly IReadOnlyList<string> Defaults =
    [
        "Vreemdelingenwet 2000", "Vreemdelingenbesluit 2000", "Voorschrift Vreemdelingen 2000", "Vreemdelingencirculaire 2000", "Wet inburgering 2021",
        "Penitentiaire beginselenwet", "Wet administratiefrechtelijke handhaving verkeersvoorschriften", "Algemene wet bestuursrecht", "Participatiewet",
        "Jeugdwet", "Wet justitiële en strafvorderlijke gegevens", "Rijkswet op het Nederlanderschap", "anders",
    ];

    private readonly List<(string Law, string[] Words)> _aliases = [];

    public PolicyLaws(IOptions<PolicyOptions> options)
    {
        var value = options.Value;
        All = [.. (value.Laws.Count == 0 ? Defaults : value.Laws).Select(l => l.Trim()).Where(l => l.Length is > 0 and <= MaxLength).Distinct(StringComparer.OrdinalIgnoreCase)];
        foreach (var law in All) Add(law, law);
        foreach (var (law, words) in value.LawAliases)
        {
            if (Find(law) is not { } known) continue;
            foreach (var alias in words) Add(known, alias);
        }
        _aliases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public IReadOnlyList<string> All { get; }

    /// <summary>The list's own spelling of a law, or null when it is not on the list.</summary>
    public string? Find(string? law) =>
        string.IsNullOrWhiteSpace(law) ? null : All.FirstOrDefault(l => string.Equals(l, law.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The law the text names, or null.</summary>
    public string? Suggest(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = TextTokenizer.Tokenize(text).Select(t => t.Text).ToArray();
        string? best = null;
        var bestLength = 0;
        var bestAt = int.MaxValue;
        foreach (var (law, alias) in _aliases)
        {
            if (alias.Length < bestLength) break;
            var at = IndexOf(words, alias);
            if (at >= 0 && (alias.Length > bestLength || at < bestAt)) (best, bestLength, bestAt) = (law, alias.Length, at);
        }
        return best;
    }

    private void Add(string law, string alias)
    {
        var words = TextTokenizer.Tokenize(alias).Select(t => t.Text).ToArray();
        if (words.Length > 0 && !string.Equals(law, "anders", StringComparison.OrdinalIgnoreCase)) _aliases.Add((law, words));
    }

    private static int IndexOf(string[] words, string[] alias)
    {
        for (var i = 0; i + alias.Length <= words.Length; i++)
        {
            var j = 0;
            while (j < alias.Length && words[i + j] == alias[j]) j++;
            if (j == alias.Length) return i;
        }
        return -1;
    }
}
