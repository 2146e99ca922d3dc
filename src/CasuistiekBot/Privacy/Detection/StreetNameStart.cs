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

    /// <summary>Abbreviated titles that open a street name in any case ("burg. de vlugtlaan", "Dr. Schaepmanstraat").</summary>
    private static readonly HashSet<string> AbbreviatedTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr.", "burg.", "prof.", "mr.", "gen.", "st.", "ds.", "mgr.", "kon.", "pr.",
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
            if (AbbreviatedTitles.Contains(word)) { start = wordStart; break; }
            var capitalised = char.IsUpper(word[0]) && !(word.Length > 1 && word.All(c => char.IsUpper(c) || c == '.'));
            if (!capitalised || NeverPart.Contains(word)) break;
            if (TextScan.IsSentenceStart(text, wordStart) && !Prefixes.Contains(word)) break;
            candidate = wordStart;
            start = wordStart;
        }
        return start == streetStart ? LeadingParticles(text, streetStart) : start;
    }

    /// <summary>
    /// "op de van Heutszstraat", "op de de Ruijterkade": a particle right before the street word belongs to its name when
    /// it is "van", "ter" or "ten" after the article, or a second "de". A single "de" is the article ("aan de Kerkstraat").
    /// </summary>
    private static int LeadingParticles(string text, int streetStart)
    {
        var run = new List<(int Start, string Word)>();
        for (var position = streetStart; run.Count < 4;)
        {
            var (wordStart, word) = PreviousWord(text, position);
            if (!Connectors.Contains(word)) break;
            run.Insert(0, (wordStart, word));
            position = wordStart;
        }
        // "retour van Oudegracht 45a": without the article before it, "van" is the preposition.
        var particle = run.FindIndex(w => w.Word is "van" or "ter" or "ten" or "Van" or "Ter" or "Ten");
        if (particle > 0 && run[particle - 1].Word is "de" or "het") return run[particle].Start;
        if (particle == 0 && TextScan.IsSentenceStart(text, run[0].Start)) return run[0].Start;
        return run.Count >= 2 && run[^2].Word is "de" or "het" && run[^1].Word is "de" or "den" ? run[^1].Start : streetStart;
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
