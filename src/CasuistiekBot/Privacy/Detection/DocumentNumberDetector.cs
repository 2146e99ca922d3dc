using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Numbers of passports, ID cards, driving licences and residence documents: the token(s) after the document keyword,
/// possibly after "(met) nummer", "nr.", "van Syrië met nummer" or a whole name ("van mevrouw Nguyen Thi Thu Hà:"); a
/// "nummer" a few words further in the same clause ("liet zijn paspoort zien, nummer …"); and a value with the shape of a
/// document number after a number label the keywords do not know ("Vbv-nummer: V27813946"). A token must hold a digit
/// and look like a document number (five or more characters, not a date or a year), so "rijbewijs B" and "paspoort
/// verlopen in 2019" stay.
/// </summary>
internal static partial class DocumentNumberDetector
{
    private const string Keyword =
        @"paspoort(?:nummer|nr\.?)?|passport(?:\s+(?:number|no\.?|nr\.?))?|id-?kaart(?:nummer|nr\.?)?|identiteitskaart(?:nummer|nr\.?)?" +
        @"|identiteitsbewijs(?:nummer)?|id-?bewijs|documentnummer|document\s?nr\.?|document\s+no\.?|document\s+number|rijbewijs(?:nummer|nr\.?)?" +
        @"|driving\s+licen[cs]e|driver'?s\s+license|verblijfsdocument(?:nummer)?|vbd|vrd|verblijfspas(?:nummer)?|verblijfsvergunning(?:snummer)?" +
        @"|w2?-document(?:nummer)?|w2?-?doc|vreemdelingendocument(?:nummer)?|reisdocument(?:nummer)?|vluchtelingenpaspoort|noodpaspoort" +
        @"|laissez-passer|tazkira(?:nummer|nr\.?)?|taskira(?:nummer|nr\.?)?|tazkera|taskara|id\s+card(?:\s+number)?|identity\s+card|identity\s+document|id\s+number" +
        @"|travel\s+document(?:\s+number)?|residence\s+(?:permit|card|document)(?:\s+number)?|national\s+id|nationaal\s+paspoort|vreemdelingenpaspoort" +
        @"|(?:permit|licen[cs]e|vergunning)\s+(?:number|no\.?|nr\.?)|pas\s?(?:nr\.?|nummer|no\.?)|pasnr\.?|id-?nr\.?|id-?nummer|id\s+(?:no\.?|nr\.?)|doc\.?\s?(?:nr\.?|nummer|no\.?)|legitimatie(?:bewijs)?(?:nummer)?|(?-i:ID)(?=\s*[:#])";

    private const string Filler =
        @"(?:\s*(?:[:(#,]|(?i:nr\.?|nummer|number|no\.?|is|was|met|with|luidt|heeft|has|de|het|oude|nieuwe|geldig)(?![\p{L}])|(?i:van|uit)\s+\p{Lu}[\p{L}\-'’]+(?:\s+\p{Lu}[\p{L}\-'’]+){0,2}|(?i:type)\s+(?:I{1,3}|IV|EU|[A-Z]{1,3}\d?)(?![\p{L}\d]),?|(?i:van|of)\s+(?:(?i:mevrouw|mevr\.?|mw\.?|meneer|de\s+heer|dhr\.?|mr\.?|mrs\.?|ms\.?|miss)\s+)?(?:\p{Lu}\.\s?)*" + PersonName + @"|(?i:van|of)\s+(?i:hem|haar|zijn|hun|betrokkene|de\s+(?:vader|moeder|man|vrouw|aanvrager|cliënt|client)|his|her|the\s+(?:father|mother|applicant|client))(?![\p{L}])|(?i:\p{L}+(?:isch|ische|ees|ese|aans|aanse|ands|andse|aaks|aakse|ks|kse|ans|an)),?))";

    // "van mevrouw Nguyen Thi Thu Hà", "of Mr W.J. ter Borg": a whole name with its particles.
    private const string PersonName = @"\p{Lu}[\p{L}\-'’]+(?:\s+(?:(?:van|de|der|den|ter|ten|el|al|dos|da|del|bin|ibn)\s+)*\p{Lu}[\p{L}\-'’]+){0,4}";

    // "paspoort (nr. 75 4812935)": a series and a number, as Russian and other passports print them, or any token.
    private const string Token = @"(?<doc>\d{2,4}[ \u00A0]\d{6,8}(?![\p{L}\d])|(?:[A-Z]{1,4}[ \-](?=[A-Z]{0,3}\d))?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){3,24})(?![\p{L}\d])";

    [GeneratedRegex(@"(?<![\p{L}])(?i:" + Keyword + @")(?![\p{L}])" + Filler + @"{0,4}\s*(?=[A-Za-z0-9 \-]{0,8}\d)" + Token, RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeyword();

    // "liet een Braziliaans paspoort zien, nummer FZ517204", "pas bekeken: nr. X123", "paspoort verloren, nummer was
    // X123": the keyword, a few words of the same clause, then "nummer" (after a colon too, and with "was" or "is").
    [GeneratedRegex(@"(?<![\p{L}])(?<keyword>(?i:" + Keyword + @"))(?![\p{L}])(?<gap>(?:[ \u00A0,]+(?!(?i:nummer|nr|no|number)(?![\p{L}]))[\p{L}\-'’]+){1,4})[ \u00A0,(:]+(?i:met\s+(?:het\s+)?)?(?<nr>(?i:nummer|nr\.?|no\.?|number))(?![\p{L}])(?:\s+(?i:was|is|luidt|luidde|was|is))?\s*:?\s*" + Token, RegexOptions.CultureInvariant)]
    private static partial Regex NumberLaterInClause();

    // "op zijn vreemdelingendocument staat W04571236", "pasnr doorgegeven: NW8K2LP41": a few words of the same clause after
    // the keyword, then a value with the shape of a document number (capitals and digits, no separators).
    [GeneratedRegex(@"(?<![\p{L}])(?i:" + Keyword + @")(?![\p{L}])(?:[ \u00A0,]+[\p{L}\-'’]+){1,3}[ \u00A0]*:?[ \u00A0]+(?<doc>" + Shape + @")(?![\p{L}\d\-/])", RegexOptions.CultureInvariant)]
    private static partial Regex ShapeLaterInClause();

    // "Y04418237 (verblijfsdocument)", "NW8K2LP41, paspoort": a value with the shape of a document number, named by the
    // document keyword right after it.
    [GeneratedRegex(@"(?<![\p{L}\d\-/])(?<doc>" + Shape + @")(?![\p{L}\d\-/])[ \u00A0]*(?:\([ \u00A0]*|,[ \u00A0]*|[\-–][ \u00A0]*)(?i:" + Keyword + @")(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex ShapeBeforeKeyword();

    // Capitals and digits, seven to ten, with at least one letter and three digits: "NW8K2LP41", "W04571236", "AYK481920".
    private const string Shape = @"(?=[A-Z0-9]{7,10}(?![A-Za-z0-9]))(?=[0-9]*[A-Z])(?=(?:[A-Z]*[0-9]){3})[A-Z0-9]{7,10}";

    // "Vbv-nummer van betrokkene: V27813946", "MVV-nummer: M1234567": a number label of an abbreviation the keywords do not
    // know, before a value with the shape of a document number (letters and at least six digits, no separators). Labels
    // of whole words ("aanvraagnummer", "huurcontractnummer") name references more often than documents.
    [GeneratedRegex(@"(?<![\p{L}])(?<label>\p{L}{2,4}\d?-?(?i:nummer|nr\.?))(?![\p{L}])" + Filler + @"{0,4}\s*(?<doc>(?=[A-Z]*\d)[A-Z]{1,3}\d{6,9}|(?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*\d){6})[A-Z0-9]{8,10})(?![\p{L}\d\-/.,]\d|[\p{L}\d\-/])", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownLabel();

    // Short labels of numbers that have their own detector or are references: a house, an account, a case, a report.
    private static readonly HashSet<string> OtherNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "huisnummer", "huisnr", "iban-nummer", "bsn-nummer", "bsn-nr", "sofinummer", "postnummer", "volgnummer", "zaaknummer",
        "zaaknr", "kvk-nummer", "kvk-nr", "btw-nummer", "btw-nr", "agb-nummer", "awb-nummer", "cjib-nummer", "pv-nummer",
        "ecli-nummer", "telnr", "tel-nr", "faxnummer", "ordernr", "refnr", "refnummer",
    };

    public static void Detect(string text, List<DetectedSpan> found)
    {
        foreach (Match match in AfterKeyword().Matches(text)) Add(found, match.Groups["doc"]);
        foreach (Match match in NumberLaterInClause().Matches(text))
        {
            // A phone or case number may follow in the same clause; a document number has letters as well as digits.
            var value = match.Groups["doc"].Value;
            if (TextScan.FollowsReferenceWord(text, match.Groups["nr"].Index)) continue;
            if ((value.Any(char.IsAsciiLetter) && value.Any(char.IsAsciiDigit)) || IsDrivingLicenceNumber(match.Groups["keyword"].Value, value)) Add(found, match.Groups["doc"]);
        }
        foreach (Match match in ShapeLaterInClause().Matches(text)) Add(found, match.Groups["doc"]);
        foreach (Match match in ShapeBeforeKeyword().Matches(text)) Add(found, match.Groups["doc"]);
        foreach (Match match in UnknownLabel().Matches(text))
        {
            if (!OtherNumbers.Contains(match.Groups["label"].Value.TrimEnd('.'))) Add(found, match.Groups["doc"]);
        }
    }

    /// <summary>
    /// A driving licence number is digits only ("5021938467"). In the same clause as the licence such a number counts when
    /// it cannot be a phone number (no leading zero, no plus, no separators); other documents need letters and digits,
    /// so "het paspoort ligt in de kluis, nummer 2024113" stays. Nine digits that pass the 11-proef are a BSN.
    /// </summary>
    private static bool IsDrivingLicenceNumber(string keyword, string value) =>
        DrivingLicence().IsMatch(keyword) && value.Length is >= 8 and <= 12 && value.All(char.IsAsciiDigit) && value[0] != '0'
        && !Checksums.PassesElevenProof(value);

    [GeneratedRegex(@"^(?i:rijbewijs|driving|driver)", RegexOptions.CultureInvariant)]
    private static partial Regex DrivingLicence();

    private static void Add(List<DetectedSpan> found, Group token)
    {
        var value = token.Value;
        if (!value.Any(char.IsAsciiDigit) || value.Length < 5) return;
        if (DateParser.Date().IsMatch(value) && DateParser.Date().Match(value).Length == value.Length) return;
        var compact = new string(value.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        if (compact.Length < 5 || compact.All(char.IsAsciiDigit) && compact.Length < 6) return;
        found.Add(new DetectedSpan(token.Index, token.Length, PersonalDataKinds.Document, compact, Strength.Keyword));
    }
}
