namespace CasuistiekBot.Privacy.Detection;

/// <summary>Words that make a number a count or a measure rather than a house number ("Rotterdam 3 kinderen").</summary>
internal static class QuantityWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "keer", "maal", "kind", "kinderen", "persoon",
        "personen", "mensen", "uur", "uren", "minuten", "euro", "eur", "procent", "cm", "km", "kilo", "kg", "m2", "stuks",
        "gesprekken", "nachten", "bedden", "plaatsen", "medewerkers", "zaken", "dossiers", "meldingen", "signalen", "deelnemers",
        "gezinnen", "leden", "punten", "pagina", "pagina's", "bewoners", "asielzoekers", "aanvragen", "besluiten", "jongeren",
        "gedetineerden", "cellen", "kamers", "years", "months", "weeks", "days", "times", "children", "people", "hours", "oud",
    };

    public static bool Follows(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] == '%') return true;
        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
        return i > start && Words.Contains(text[start..i]);
    }
}
