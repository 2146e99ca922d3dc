namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Endings and openings that in the languages of casus texts make a family name and hardly ever a place or a thing:
/// Afghan "-zai" and "-ullah", Polish "-ski", "-ska", "-wicz", Turkish "-oğlu", Romanian "-escu", Ukrainian "-enko",
/// "-chuk", Iranian "-zadeh", Surinamese Hindustani "-persad", Javanese "-kromo", Eritrean and Ethiopian "Gebre-",
/// "Ghebre-", "Wolde-", "-mariam", "-selassie", Arabic "Abdel-", "Abdul-". An unknown word of this shape is a name on
/// its own; it is weighed only after the places, organisations and the word list have had their say.
/// </summary>
internal static class FamilyNameShape
{
    private static readonly string[] Endings =
    [
        "zai", "ullah", "ski", "ska", "wicz", "czyk", "oğlu", "oglu", "escu", "enko", "chuk", "zadeh", "zada", "persad",
        "kromo", "mariam", "selassie", "giorgis", "michael", "medhin", "hiwet", "yesus", "moentalib", "dikromo",
    ];

    private static readonly string[] Openings = ["Gebre", "Ghebre", "Wolde", "Welde", "Abdel", "Abdul", "Tesfa", "Habte", "Haile"];

    public static bool Matches(string word) =>
        word.Length >= 6
        && (Endings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            || Openings.Any(o => word.Length > o.Length + 2 && word.StartsWith(o, StringComparison.OrdinalIgnoreCase)));
}
