using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Dates of birth: a date only counts when the words around it say birth ("geboren op", "geb.", "°", "DOB", "born in",
/// "geboortedata", "… is geboren", "… ter wereld", "leeftijd vastgesteld op …"). Meeting dates, decision dates and deadlines stay. A list after the
/// keyword ("geboren op 1-1-2015 en 3-4-2018", "gewijzigd van 1-1-1990 naar 5-6-1991") counts as a whole.
/// </summary>
internal static partial class BirthDateDetector
{
    private const int MaximumWordsBetween = 8;

    private const string Filler =
        @"(?:\s*(?:[:()\-–,]|(?i:op|on|is|was|de|d\.d\.|omstreeks|rond|circa|ca\.|vermoedelijk|volgens\s+(?:de\s+)?\p{L}+|officieel|the)(?![\p{L}])|(?i:in|te|at)\s+\p{Lu}[\p{L}\-']+,?))";

    // "born in June 1990": "in" right after the keyword only before a month, so "geboren in Aleppo, in juni 2015 gevlucht" stays.
    [GeneratedRegex(@"(?:(?<![\p{L}])(?i:geboren|geb\.\s?dat\.?|geb\.|geb|geboortedata|geboortedatums|geboortedatum|geboorte\s?datum|geb\.\s?datum|geb\.datum|dob|d\.o\.b\.?|dates?\s+of\s+birth|birth\s?dates?|dobs|born)(?![\p{L}])|(?<!\d\s*)°(?=\s?\d))(?:\s+(?i:in)(?=\s+" + DateParser.Months + @"))?" + Filler + @"{0,4}\s*(?<date>" + DateParser.Pattern + @")(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeyword();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<date>" + DateParser.Pattern + @")(?=\)?,?\s+(?:(?i:is|was|werd|wordt|zijn|haar|zij|hij|ze|she|he|was)\s+|(?i:in|te)\s+\p{Lu}[\p{L}\-']+(?:\s+\p{Lu}[\p{L}\-']+){0,2},?\s+|(?i:mevrouw|meneer|mijnheer|de\s+heer|dhr\.?|mw\.?|mevr\.?|betrokkene|cliënte?|client)\s+(?:\p{Lu}\.\s?)*(?:\p{Lu}[\p{L}\-'’]+\s+){0,2}){0,3}(?i:geboren|born|ter\s+wereld|het\s+levenslicht)(?![\p{L}]))", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeKeyword();

    // "Zijn geboortedatum staat verkeerd in de BRP, het moet 21-11-1990 zijn.": a noun that names the birth date, and a
    // date further on in the same sentence (no full stop, question mark or line break between, at most eight words),
    // unless a preposition marks that date as an event ("geboortedatum gewijzigd op 3-4-2024").
    [GeneratedRegex(@"(?<![\p{L}])(?i:geboortedata|geboortedatums|geboortedatum|geboorte\s?datum|geb\.\s?datum|geb\.datum|dates?\s+of\s+birth|birth\s?dates?|dobs?|d\.o\.b\.?)(?![\p{L}])(?:[^.?!\n\r\d]|\.(?=\S))*?(?<![\p{L}])(?<!(?i:op|per|sinds|vanaf|tot|na|voor|on|since|from|until|by|after|before)\s)(?<date>" + DateParser.Pattern + @")(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex LaterInSentence();

    // "1-1-2015 en 3-4-2018", "1-1-1990 of 2-1-1990", "gewijzigd van 1-1-1990 naar 5-6-1991": every date of the list, and
    // the wrong date a correction names ("geboren op 3-4-1991 ipv 1-1-1991", "niet 1-1-1991").
    [GeneratedRegex(@"\G\s*(?:,|(?i:en|and|of|or|resp\.|respectievelijk|naar|to|&|ipv\.?|i\.p\.v\.?|in\s+plaats\s+van|instead\s+of|niet|not))\s*(?<date>" + DateParser.Pattern + @")(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NextInList();

    // "de leeftijd is vastgesteld op 1-1-2004", "geboortedatum …, maar de IND heeft die gewijzigd naar 1-1-2006": a date
    // that a birth date or an age is set or corrected to. "gewijzigd op" says when, not what, and stays.
    [GeneratedRegex(@"(?<![\p{L}])(?i:(?:vastgesteld|gesteld|bepaald|geschat|set|assessed|estimated)\s+(?:op|at|as)|(?:aangepast|gewijzigd|gecorrigeerd|veranderd|omgezet|changed|corrected|amended)\s+(?:naar|in|tot|to))\s+(?<date>" + DateParser.Pattern + @")(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex SetTo();

    [GeneratedRegex(@"(?<![\p{L}])(?i:geboortedata|geboortedatums|geboortedatum|geboorte\s?datum|geb\.\s?datum|geboortejaar|leeftijd\p{L}*|dates?\s+of\s+birth|birth\s?dates?|age)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex BirthOrAge();

    // "geboren op tweede pinksterdag 1990, zegt ze, maar in haar paspoort staat 1 januari 1990": what a document says, in a
    // sentence about birth, is the birth date it records.
    [GeneratedRegex(@"(?<![\p{L}])(?i:(?:in|op|volgens|on|according\s+to)\s+(?:zijn|haar|hun|het|de|zo['’]n|his|her|their|the)\s+(?:paspoort|id-?kaart|identiteitskaart|id-?bewijs|verblijfs\p{L}+|papieren|documenten|passport|id\s+card|papers|documents|brp|akte|geboorteakte|birth\s+certificate|tazkira|taskira|tazkera|taskara)(?:\s+(?:staat|stond|is|was|says|said|states|reads))?)\s*:?\s+(?<date>" + DateParser.Pattern + @")(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex WhatADocumentSays();

    // A sentence about birth, or about age: "volgens de leeftijdsschouwing is hij meerderjarig, maar op zijn taskira staat …".
    [GeneratedRegex(@"(?<![\p{L}])(?i:geboren|geb\.|geboortedatum|geboortedata|born|birth|dob|leeftijd\p{L}*|meerderjarig|minderjarig|jaar\s+oud|age|minor|adult|years\s+old)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex BirthWord();

    // "op zijn 18e verjaardag, 4 april", "on her birthday, 12 May": the day and month of a birthday. With a year it is the
    // day the birthday fell on, not the birth date.
    [GeneratedRegex(@"(?<![\p{L}])(?i:verjaardag|birthday)(?![\p{L}])[ \u00A0]*,?[ \u00A0]*(?i:op[ \u00A0]+|on[ \u00A0]+)?(?<date>(?<d>\d{1,2})(?:e|ste|de|st|nd|rd|th)?[ \u00A0]+(?<mon>" + DateParser.Months + @"))(?![\p{L}\d])(?![ \u00A0,]*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Birthday();

    [GeneratedRegex(@"(?i:die|deze|hem|het|it|this)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PronounAtEnd();

    // "Tesfay Kidane (1998)", "Katarzyna Wiśniewska (04/08/1990)": a date or a year alone in brackets right after a
    // person's name is the date or year of birth, as registers and lists write it.
    [GeneratedRegex(@"\G[ \u00A0]*\([ \u00A0]*(?:(?<date>" + DateParser.Pattern + @")|(?<year>(?:19|20)\d{2}))[ \u00A0]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex InBracketsAfterName();

    // "Abebe Girma, 04-04-2004, BSN …", "Mbuyi Kabongo (Congo, 11-09-1990, V-nr …)", "KHAN / Shahid / 12-12-1975 / Croeselaan 2":
    // a full date as a field of a person's record, right after the name (past a place at most), before another field.
    [GeneratedRegex(@"\G[ \u00A0]*(?:[,/|;]|\()[ \u00A0]*(?:\p{Lu}[\p{L}\-]+[ \u00A0]*[,/|;][ \u00A0]*)?(?<date>(?<d>\d{1,2})(?<s>[\-/.])(?<m>\d{1,2})\k<s>(?<y>\d{4})(?!\d))[ \u00A0]*[,/|;][ \u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex RecordFieldAfterName();

    // What opens the next field of a record: a label of a personal number or of an address.
    [GeneratedRegex(@"\G(?i:bsn|v-?nr\.?|v-?nummer|vnr|nat\.|nationaliteit|nationality|tel\.?|telefoon|phone|adres|address|e-?mail|paspoort|passport|id)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex RecordLabel();

    /// <summary>Birth dates and years in brackets right after the names in <paramref name="spans"/>; the list stays sorted.</summary>
    public static List<DetectedSpan> AfterNames(string text, List<DetectedSpan> spans)
    {
        foreach (var name in spans.Where(s => s.Kind == PersonalDataKinds.Name).ToList())
        {
            if (RecordFieldAfterName().Match(text, name.End) is { Success: true } field && DateParser.Normalize(field) is { } birthDate)
            {
                var next = field.Index + field.Length;
                var opensField = RecordLabel().IsMatch(text, next) || spans.Any(s => s.Kind != PersonalDataKinds.Name && s.Start == next);
                var date = new DetectedSpan(field.Groups["date"].Index, field.Groups["date"].Length, PersonalDataKinds.BirthDate, birthDate, Strength.Keyword);
                if (opensField && !spans.Any(s => s.Overlaps(date))) spans.Add(date);
            }
            if (InBracketsAfterName().Match(text, name.End) is not { Success: true } match) continue;
            DetectedSpan? span = null;
            if (match.Groups["year"].Success) span = new DetectedSpan(match.Groups["year"].Index, match.Groups["year"].Length, PersonalDataKinds.BirthDate, match.Groups["year"].Value, Strength.Keyword);
            else if (DateParser.Normalize(match) is { } normalized) span = new DetectedSpan(match.Groups["date"].Index, match.Groups["date"].Length, PersonalDataKinds.BirthDate, normalized, Strength.Keyword);
            if (span is { } birth && !spans.Any(s => s.Overlaps(birth))) spans.Add(birth);
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    public static void Detect(string text, List<DetectedSpan> found)
    {
        foreach (Match match in AfterKeyword().Matches(text))
        {
            var end = Add(found, match.Groups["date"], match);
            while (end > 0 && NextInList().Match(text, end) is { Success: true } next) end = Add(found, next.Groups["date"], next);
        }
        foreach (Match match in BeforeKeyword().Matches(text)) Add(found, match.Groups["date"], match);
        foreach (Match match in SetTo().Matches(text))
        {
            if (SetsBirthDate(text, match.Index)) Add(found, match.Groups["date"], match);
        }
        foreach (Match match in WhatADocumentSays().Matches(text))
        {
            if (BirthWord().IsMatch(Sentence(text, match.Index))) Add(found, match.Groups["date"], match);
        }
        foreach (Match match in Birthday().Matches(text))
        {
            var date = match.Groups["date"];
            if (DayAndMonth(match) is { } value) found.Add(new DetectedSpan(date.Index, date.Length, PersonalDataKinds.BirthDate, value, Strength.Keyword));
        }
        foreach (Match match in LaterInSentence().Matches(text))
        {
            if (WordsBetween(match) > MaximumWordsBetween) continue;
            var end = Add(found, match.Groups["date"], match);
            while (end > 0 && NextInList().Match(text, end) is { Success: true } next) end = Add(found, next.Groups["date"], next);
        }
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> sets the birth date or age named before it in the same sentence: the
    /// noun stands at most four words before it in the same clause ("leeftijd is vastgesteld op"), or a pronoun right
    /// before the verb refers back to it ("…, maar de IND heeft die gewijzigd naar"). "De leeftijd telt niet mee, de
    /// termijn is gesteld op 1-6-2026" stays.
    /// </summary>
    private static bool SetsBirthDate(string text, int verb)
    {
        var sentence = text.LastIndexOfAny(['.', '?', '!', '\n', '\r'], Math.Max(0, verb - 1)) + 1;
        if (BirthOrAge().Matches(text[sentence..verb]) is not { Count: > 0 } nouns) return false;
        var between = text[(sentence + nouns[^1].Index + nouns[^1].Length)..verb];
        var sameClause = !between.Contains(',') && between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
        return sameClause || PronounAtEnd().IsMatch(between);
    }

    private static string Sentence(string text, int at)
    {
        var start = text.LastIndexOfAny(['.', '?', '!', '\n', '\r'], Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny(['?', '!', '\n', '\r'], at);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>"4 april" without a year, normalised to --MM-dd.</summary>
    private static string? DayAndMonth(Match match)
    {
        var day = int.Parse(match.Groups["d"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var month = DateParser.MonthNumber(match.Groups["mon"].Value);
        return day is >= 1 and <= 31 && month > 0 ? $"--{month:00}-{day:00}" : null;
    }

    private static int WordsBetween(Match match) =>
        match.Value[..(match.Groups["date"].Index - match.Index)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1;

    private static int Add(List<DetectedSpan> found, Group date, Match match)
    {
        if (DateParser.Normalize(match) is not { } normalized) return -1;
        found.Add(new DetectedSpan(date.Index, date.Length, PersonalDataKinds.BirthDate, normalized, Strength.Keyword));
        return date.Index + date.Length;
    }
}
