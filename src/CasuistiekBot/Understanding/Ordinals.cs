using System.Text.RegularExpressions;

namespace CasuistiekBot.Understanding;

/// <summary>Choices named by place: "2", "optie drie", "de laatste", "the second", "1 en 3".</summary>
internal static partial class Ordinals
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["eerste"] = 1, ["first"] = 1, ["bovenste"] = 1, ["top"] = 1, ["tweede"] = 2, ["second"] = 2, ["derde"] = 3, ["third"] = 3,
        ["vierde"] = 4, ["fourth"] = 4, ["vijfde"] = 5, ["fifth"] = 5, ["zesde"] = 6, ["sixth"] = 6, ["zevende"] = 7, ["seventh"] = 7,
    };

    private static readonly HashSet<string> Last = new(StringComparer.Ordinal) { "laatste", "last", "onderste", "bottom" };
    private static readonly HashSet<string> Middle = new(StringComparer.Ordinal) { "middelste", "middle" };
    private static readonly HashSet<string> Pointers = new(StringComparer.Ordinal) { "optie", "nummer", "nr", "keuze", "option", "number", "choice", "antwoord", "answer" };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "de", "het", "the", "opties", "options", "one", "ene", "graag", "please", "dan", "ik", "kies", "neem", "wil", "i", "ll",
        "take", "choose", "pick", "voor", "mij", "me", "doe", "die", "that", "is", "it", "s", "go", "with", "for", "geef", "maar",
        "en", "and", "plus", "of", "or", "ook", "also", "zou", "would", "like", "want", "gaan",
    };

    /// <summary>
    /// The places (from 0) an answer made only of places names; an empty list when a place does not exist; null when the
    /// answer says more than places.
    /// </summary>
    public static IReadOnlyList<int>? Read(IReadOnlyList<string> tokens, int count)
    {
        var places = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var pointed = i > 0 && Pointers.Contains(tokens[i - 1]);
            if (Number().Match(token) is { Success: true } n) places.Add(int.Parse(n.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            else if (Words.TryGetValue(token, out var place)) places.Add(place);
            else if (pointed && Understanding.DateWords.Numbers.TryGetValue(token, out var counted)) places.Add(counted);
            else if (Last.Contains(token)) places.Add(count);
            else if (Middle.Contains(token) && count % 2 == 1) places.Add((count + 1) / 2);
            else if (!Fillers.Contains(token) && !Pointers.Contains(token)) return null;
        }
        if (places.Count == 0) return null;
        return places.All(p => p >= 1 && p <= count) ? places.Distinct().Order().Select(p => p - 1).ToList() : [];
    }

    [GeneratedRegex(@"^(\d{1,2})(?:e|ste|de|st|nd|rd|th)?$")]
    private static partial Regex Number();
}
