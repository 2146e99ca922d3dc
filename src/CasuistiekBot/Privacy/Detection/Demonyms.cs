using System.Collections.Frozen;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// The word for a person of a country, as a noun or an adjective, in Dutch or English and in any letter case
/// ("Braziliaan", "Hongaren", "Eritreeër", "syriër", "Congolees", "Korean"): the stem of a listed country followed by an
/// ending of such words, where the country itself is that stem with an ending of country names ("Brazili-ë",
/// "Hong-arije", "Eritre-a", "Congo"). Only countries count, not towns, since Dutch family names are formed from towns
/// ("Berger", "Romeijn"). Irregular ones ("Pool", "Rus", "Fransman") are in the peoples data file.
/// </summary>
internal static class Demonyms
{
    private const int MinimumStem = 4;

    private static readonly string[] Endings =
    [
        "aan", "aans", "aanse", "anen", "aner", "aners", "ees", "eese", "ese", "ezen", "lees", "lese", "lezen", "er", "ers",
        "ier", "iers", "iër", "iërs", "ër", "ërs", "eër", "eërs", "eeër", "eeërs", "isch", "ische", "ijn", "ijnen", "ijns",
        "ijnse", "naar", "naren", "enaar", "enaren", "aar", "aars", "aarse", "aren", "iet", "ieten", "itisch", "itische",
        "en", "se", "an", "ans", "ian", "ians", "ean", "eans", "ish", "ic",
    ];

    private static readonly string[] CountryEndings = ["", "a", "ia", "ië", "ë", "e", "en", "ije", "arije", "land", "istan", "o"];

    private static readonly FrozenSet<string> Countries = EmbeddedWordFile.ReadSection("places.txt", "Countries")
        .SelectMany(country => country.Split('-').Where(part => part.Length > MinimumStem).Append(country))
        .Select(country => country.ToLowerInvariant())
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Stems = Countries
        .SelectMany(country => CountryEndings.Where(country.EndsWith).Select(ending => country[..^ending.Length]))
        .Where(stem => stem.Length >= MinimumStem)
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsOne(string word)
    {
        if (word.Length < MinimumStem + 2 || !char.IsLetter(word[0])) return false;
        var lower = word.ToLowerInvariant();
        if (Countries.Contains(lower)) return false;
        foreach (var ending in Endings)
        {
            if (lower.Length - ending.Length >= MinimumStem && lower.EndsWith(ending, StringComparison.Ordinal) && Stems.Contains(lower[..^ending.Length])) return true;
        }
        return false;
    }
}
