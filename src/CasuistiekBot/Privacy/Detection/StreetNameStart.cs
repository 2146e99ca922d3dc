namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Walks left from a street word over the words that belong to the name ("Burgemeester de Vlugtlaan",
/// "Eerste Constantijn Huygensstraat"), stopping at lowercase words, punctuation and the first word of a sentence.
/// </summary>
internal static class StreetNameStart
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te", "la", "le" };

    private static readonly HashSet<string> Prefixes = new(StringComparer.Ordinal)
    {
        "Nieuwe", "Oude", "Korte", "Lange", "Hoge", "Lage", "Kleine", "Grote", "Groot", "Eerste", "Tweede", "Derde", "Vierde",
        "Burgemeester", "Burg.", "Prins", "Prinses", "Koning", "Koningin", "Dokter", "Dr.", "Sint", "St.", "Noord", "Zuid",
        "Oost", "West", "Van", "Jan", "Graaf", "Generaal", "Gen.", "Admiraal", "Pastoor", "President", "Kapitein", "Professor",
        "Prof.", "Mr.", "Kolonel", "Willem", "Hendrik", "Johan", "Pieter", "Schout", "Kardinaal", "Hertog", "Jonkheer",
    };

    private static readonly HashSet<string> NeverPart = new(StringComparer.OrdinalIgnoreCase)
    {
        "De", "Het", "Een", "In", "Op", "Aan", "Naar", "Bij", "Via", "Adres", "Woonadres", "Postadres", "Straat", "Mevrouw",
        "Meneer", "Familie", "Cliënt", "Cliënte", "Hij", "Zij", "Ze", "Wij", "Ik", "Zijn", "Haar", "Hun", "Tot", "Vanaf", "Sinds",
    };

    public static int Find(string text, int streetStart)
    {
        var start = streetStart;
        var candidate = streetStart;
        for (var words = 0; words < 5; words++)
        {
            var (wordStart, word) = PreviousWord(text, candidate);
            if (word.Length == 0) break;
            if (Connectors.Contains(word)) { candidate = wordStart; continue; }
            var capitalised = char.IsUpper(word[0]) && !(word.Length > 1 && word.All(c => char.IsUpper(c) || c == '.'));
            if (!capitalised || NeverPart.Contains(word)) break;
            if (TextScan.IsSentenceStart(text, wordStart) && !Prefixes.Contains(word)) break;
            candidate = wordStart;
            start = wordStart;
        }
        return start;
    }

    private static (int Start, string Word) PreviousWord(string text, int position)
    {
        var end = position;
        if (end == 0 || text[end - 1] != ' ') return (position, "");
        end--;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’' or '-' or '.')) start--;
        return (start, text[start..end]);
    }
}
