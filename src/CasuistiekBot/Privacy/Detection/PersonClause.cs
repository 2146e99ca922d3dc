using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Whether the clause after a word makes that word its subject and a person: a verb of speech right after it ("De Jong
/// belde"), an age after "is" ("Mahlet is 17"), or a finite verb whose sentence refers back to a person ("Visser heeft de
/// regeling niet nagekomen, maar hij …", "Groen heeft zijn boete …", "Koning heeft zich gemeld"). When a subject pronoun
/// follows the verb the word was no subject ("Meer heeft hij niet gezegd").
/// </summary>
internal static partial class PersonClause
{
    [GeneratedRegex(@"\G[ \u00A0]+(?<verb>\p{L}+)(?![\p{L}\-])(?<rest>[^.?!\n\r]*)", RegexOptions.CultureInvariant)]
    private static partial Regex VerbAndRest();

    // "Mahlet is 17", "yonas is volgens eigen zeggen 17", "is pas 15": an age, past a few words that hedge it.
    [GeneratedRegex(@"^[ \u00A0]+(?:(?i:volgens|naar|eigen|zeggen|zegt|pas|nog|maar|ongeveer|vermoedelijk|officieel|zelf|bijna|net|inmiddels|echt|waarschijnlijk)[ \u00A0]+){0,3}\d{1,2}(?!\d)(?![.,:/\-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private static readonly HashSet<string> Speech = new(StringComparer.OrdinalIgnoreCase)
    {
        "zei", "zegt", "belde", "belt", "vertelde", "vertelt", "meldde", "mailde", "mailt", "appte", "schreef", "vroeg",
        "vraagt", "antwoordde", "reageerde", "verklaarde", "huilde", "klaagde", "beweert", "beweerde",
    };

    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "heeft", "had", "wil", "wilde", "kan", "kon", "moet", "moest", "mag", "mocht", "woont", "woonde", "zit", "zat", "gaat",
        "ging", "komt", "kwam", "krijgt", "kreeg", "durft", "durfde", "weet", "wist", "blijft", "bleef", "werkt", "werkte",
        "snapt", "begrijpt", "betaalt", "betaalde", "weigert", "weigerde", "is", "was", "wordt", "werd",
    };

    /// <summary>What only a person does: "tesfay woont op …", "Mirela slaapt in de auto".</summary>
    private static readonly HashSet<string> PersonOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "woont", "woonde", "slaapt", "sliep", "huilt", "huilde", "lives", "lived", "sleeps", "slept", "cries", "cried",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "een", "zijn", "haar", "hun", "mijn", "onze", "ons", "the", "a", "an", "his", "her", "their", "my", "our",
    };

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "hij", "zij", "ze", "ik", "we", "wij", "je", "jij", "u", "men", "het", "er", "dat", "die", "dit", "deze",
    };

    private static readonly HashSet<string> BackReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "hij", "zij", "ze", "hem", "zijn", "haar", "zich", "zichzelf", "zn",
    };

    /// <summary>A finite verb or a verb of speech right after the word: "de Vries heeft", "De Jong zit".</summary>
    public static bool FiniteVerbFollows(string text, int wordEnd) =>
        VerbAndRest().Match(text, wordEnd) is { Success: true } match && (FiniteVerbs.Contains(match.Groups["verb"].Value) || Speech.Contains(match.Groups["verb"].Value));

    public static bool Follows(string text, int wordEnd)
    {
        if (VerbAndRest().Match(text, wordEnd) is not { Success: true } match) return false;
        var verb = match.Groups["verb"].Value;
        if (Speech.Contains(verb)) return true;
        var rest = match.Groups["rest"].Value;
        // "In Kafr Nabl woonde de familie": a subject right after the verb makes the word before it no subject.
        if (PersonOnly.Contains(verb)) return Word().Match(rest) is not { Success: true } next || !(SubjectPronouns.Contains(next.Value) || Determiners.Contains(next.Value));
        if (!FiniteVerbs.Contains(verb)) return false;
        if (verb is "is" or "was" or "Is" or "Was") return Age().IsMatch(rest);
        var words = Word().Matches(rest);
        if (words.Count == 0 || SubjectPronouns.Contains(words[0].Value)) return false;
        return words.Any(w => BackReferences.Contains(w.Value));
    }
}
