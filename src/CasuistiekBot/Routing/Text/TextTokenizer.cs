using System.Globalization;
using System.Text;

namespace CasuistiekBot.Routing.Text;

/// <summary>Splits free text into folded, stemmed words and marks clause and sentence boundaries.</summary>
internal static class TextTokenizer
{
    // Contrast and cause words start a new clause: "geen fraude, maar wel intimidatie".
    private static readonly HashSet<string> ClauseBreakers =
    [
        "maar", "want", "omdat", "doordat", "terwijl", "echter", "wel", "toch", "hoewel", "alhoewel",
        "but", "because", "however", "although", "though", "while", "yet",
    ];

    public static TokenList Tokenize(string text)
    {
        var tokens = new List<Token>();
        var questions = new HashSet<int>();
        var clause = 0;
        var commas = 0;
        var sentence = 0;
        var sentenceOpen = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i))) i++;
                var original = text[start..i];
                // Possessive and plural "'s" (collega's, baby's) carry no meaning for matching.
                var folded = Fold(HasApostropheS(original) ? original[..^2] : original);
                if (folded.Length == 0) continue;
                if (ClauseBreakers.Contains(folded)) clause++;
                tokens.Add(new Token(original, folded, DutchStemmer.Stem(folded), UnprefixedStem(folded), clause, sentence) { OpensSentence = sentenceOpen, Phrase = clause + commas });
                sentenceOpen = false;
                continue;
            }
            if (c is '.' or '!' or '?' or ';' or ':' or '\n' or '\r') clause++;
            if (c is ',' or '(' or ')' or '–' or '—') commas++;
            if (EndsSentence(text, i) && !sentenceOpen)
            {
                if (c == '?') questions.Add(sentence);
                sentence++;
                sentenceOpen = true;
            }
            i++;
        }
        return new TokenList(questions.Count == 0 ? tokens : [.. tokens.Select(t => t with { InQuestion = questions.Contains(t.Sentence) })]);
    }

    /// <summary>Lower case, diacritics removed, apostrophes dropped (collega's -> collegas).</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’') continue;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    // Titles and references ("art. 8", "mw. Haddad", "o.a.") keep their sentence going.
    private static readonly HashSet<string> Abbreviations =
    [
        "art", "artt", "mw", "mevr", "mr", "dhr", "drs", "nr", "nrs", "bijv", "bv", "oa", "ca", "evt", "zgn", "resp", "jl",
        "vs", "etc", "eg", "ie", "no", "para", "lid", "sub", "tav", "ivm", "mbt", "nav",
    ];

    // A full stop ends a sentence when a space or the end follows and the word before is no abbreviation; a number's
    // point ("3.6a") never does. A colon starts a new sentence: "art. 3.6a Vb: telt ...?".
    private static bool EndsSentence(string text, int i) => text[i] switch
    {
        '?' or '!' or ';' or ':' or '\n' or '\r' => true,
        '.' => (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !Abbreviations.Contains(Fold(WordBefore(text, i)).Replace(".", "", StringComparison.Ordinal)),
        _ => false,
    };

    private static string WordBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        return text[start..dot];
    }

    private static string? UnprefixedStem(string folded) =>
        folded.Length >= 6 && folded.StartsWith("ge", StringComparison.Ordinal) ? DutchStemmer.Stem(folded[2..]) : null;

    private static bool HasApostropheS(string word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);
}
