using System.Collections.Frozen;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Adjectives of nationality formed from a known country or place ("Keniaans" from Kenia, "Eritrese" from Eritrea,
/// "Syrisch" from Syrië, "Argentijns" from Argentinië): the word minus its ending opens the name of a listed place.
/// </summary>
internal static class NationalityAdjectives
{
    private const int MinimumStem = 4;

    private static readonly string[] Endings =
        ["iaanse", "iaans", "aanse", "aans", "aamse", "aams", "ijnse", "ijns", "ische", "isch", "eese", "ese", "ees", "ian", "ean"];

    private static readonly FrozenSet<string> PlaceStems = PlaceLexicon.Words.Concat(ProperNouns.Things)
        .Where(place => place.Length >= MinimumStem && !place.Contains(' '))
        .SelectMany(place => Enumerable.Range(MinimumStem, place.Length - MinimumStem + 1).Select(length => place[..length]))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsOne(string word)
    {
        if (word.Length < MinimumStem + 3 || !char.IsUpper(word[0])) return false;
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= MinimumStem && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                && PlaceStems.Contains(word[..^ending.Length])) return true;
        }
        return false;
    }
}
