using System.Text;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>Small look-arounds shared by the detectors.</summary>
internal static class TextScan
{
    public static string DigitsOf(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value) if (char.IsAsciiDigit(c)) builder.Append(c);
        return builder.ToString();
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>An amount is written with a currency sign before it or a currency word or cents after it.</summary>
    public static bool LooksLikeAmount(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith("€") || before.EndsWith("EUR", StringComparison.OrdinalIgnoreCase) || before.EndsWith("$")) return true;
        var after = text.AsSpan(end);
        return after.StartsWith(",-") || (after.Length > 2 && after[0] == ',' && char.IsAsciiDigit(after[1]))
            || after.TrimStart().StartsWith("euro", StringComparison.OrdinalIgnoreCase)
            || after.TrimStart().StartsWith("EUR", StringComparison.Ordinal);
    }

    // Case, invoice and organisation numbers (RSIN, KvK, btw) can pass the 11-proef or look like a V-nummer.
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "zaaknummer", "zaaknr", "zaak", "kenmerk", "dossiernummer", "dossier", "referentie", "referentienummer", "factuurnummer",
        "factuur", "betalingskenmerk", "ordernummer", "polisnummer", "registratienummer", "awb", "rsin", "kvk", "kvk-nummer",
        "btw", "btw-nummer", "vestigingsnummer", "agb", "agb-code", "ecli", "stcrt", "stb", "kamerstukken", "bijlage", "versie",
    };

    public static bool FollowsReferenceWord(string text, int position) => ReferenceWords.Contains(PreviousWord(text, position));

    /// <summary>The word that ends right before <paramref name="position"/>, skipping spaces and a colon.</summary>
    public static string PreviousWord(string text, int position)
    {
        var end = position;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ':' || text[end - 1] == '\u00A0')) end--;
        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '.')) start--;
        return text[start..end].TrimEnd('.');
    }

    /// <summary>True when the word at <paramref name="position"/> opens a sentence, a line or the text.</summary>
    public static bool IsSentenceStart(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '\u00A0' || text[i] is '\t' or '"' or '\'' or '(' or '“' or '‘')) i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r' or ':' or ';' or '•' or '*' or '#' || (text[i] == '-' && (i == 0 || text[i - 1] == '\n'));
    }

    /// <summary>
    /// Whether the apostrophe at <paramref name="position"/> closes a quotation opened earlier in the same sentence ("zingen
    /// 'Het Wilhelmus' en …"), rather than marking a possessive ("Idris' zus"). "'t" and "'s-" open no quotation.
    /// </summary>
    public static bool ClosesQuote(string text, int position)
    {
        var open = 0;
        for (var i = position - 1; i >= 0 && text[i] is not ('.' or '!' or '?' or '\n' or '\r'); i--)
        {
            if (text[i] is not ('\'' or '‘' or '’')) continue;
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var next = i + 2 < text.Length ? text[i + 2] : ' ';
            if (!char.IsLetter(before) && char.IsLetterOrDigit(after) && !(after is 't' or 's' && !char.IsLetter(next))) open++;
            else if (char.IsLetter(before) && !char.IsLetter(after)) open--;
        }
        return open > 0;
    }

    /// <summary>True when the word at <paramref name="position"/> opens a quotation: "the 'Groen' button", "'Groen licht'".</summary>
    public static bool OpensQuote(string text, int position) =>
        position > 0 && text[position - 1] is '\'' or '‘' or '"' or '“' && (position == 1 || !char.IsLetterOrDigit(text[position - 2]));
}
