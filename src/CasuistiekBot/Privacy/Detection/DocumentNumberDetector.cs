using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Numbers of passports, ID cards, driving licences and residence documents: the token(s) after the document keyword,
/// possibly after "(met) nummer", "nr." or "van Syrië met nummer". A token must hold a digit and look like a document
/// number (five or more characters, not a date or a year), so "rijbewijs B" and "paspoort verlopen in 2019" stay.
/// </summary>
internal static partial class DocumentNumberDetector
{
    private const string Keyword =
        @"paspoort(?:nummer|nr\.?)?|passport(?:\s+(?:number|no\.?|nr\.?))?|id-?kaart(?:nummer|nr\.?)?|identiteitskaart(?:nummer|nr\.?)?" +
        @"|identiteitsbewijs(?:nummer)?|id-?bewijs|documentnummer|document\s?nr\.?|document\s+number|rijbewijs(?:nummer|nr\.?)?" +
        @"|driving\s+licen[cs]e|driver'?s\s+license|verblijfsdocument(?:nummer)?|verblijfspas(?:nummer)?|verblijfsvergunning(?:snummer)?" +
        @"|w-document(?:nummer)?|w-?doc|vreemdelingendocument(?:nummer)?|reisdocument(?:nummer)?|vluchtelingenpaspoort" +
        @"|laissez-passer|tazkira|id\s+card(?:\s+number)?|identity\s+card|nationaal\s+paspoort|vreemdelingenpaspoort" +
        @"|pas\s?(?:nr\.?|nummer|no\.?)|pasnr\.?|id-?nr\.?|id-?nummer|doc\.?\s?(?:nr\.?|nummer|no\.?)|legitimatie(?:bewijs)?(?:nummer)?|(?-i:ID)(?=\s*[:#])";

    private const string Filler =
        @"(?:\s*(?:[:(#,]|(?i:nr\.?|nummer|number|no\.?|is|was|met|with|luidt|heeft|has|de|het|oude|nieuwe|geldig)(?![\p{L}])|(?i:van|uit)\s+\p{Lu}[\p{L}\-'’]+(?:\s+\p{Lu}[\p{L}\-'’]+){0,2}|(?i:type)\s+(?:I{1,3}|IV|EU|[A-Z]{1,3}\d?)(?![\p{L}\d]),?|(?i:van|of)\s+(?i:mevrouw|mevr\.?|mw\.?|meneer|de\s+heer|dhr\.?|mr\.?|mrs\.?|ms\.?|miss)\s+\p{Lu}[\p{L}\-']+(?:\s+\p{Lu}[\p{L}\-']+)?|(?i:van|of)\s+(?i:hem|haar|zijn|hun|betrokkene|de\s+(?:vader|moeder|man|vrouw|aanvrager|cliënt|client)|his|her|the\s+(?:father|mother|applicant|client))(?![\p{L}])|(?i:\p{L}+(?:isch|ische|ees|ese|aans|aanse|ands|andse|aaks|aakse|ks|kse|ans|an)),?))";

    [GeneratedRegex(@"(?<![\p{L}])(?i:" + Keyword + @")(?![\p{L}])" + Filler + @"{0,4}\s*(?=[A-Za-z0-9 \-]{0,8}\d)(?<doc>(?:[A-Z]{1,4}[ \-](?=[A-Z]{0,3}\d))?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){3,24})(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeyword();

    public static void Detect(string text, List<DetectedSpan> found)
    {
        foreach (Match match in AfterKeyword().Matches(text))
        {
            var token = match.Groups["doc"];
            var value = token.Value;
            if (!value.Any(char.IsAsciiDigit) || value.Length < 5) continue;
            if (DateParser.Date().IsMatch(value) && DateParser.Date().Match(value).Length == value.Length) continue;
            var compact = new string(value.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
            if (compact.Length < 5 || compact.All(char.IsAsciiDigit) && compact.Length < 6) continue;
            found.Add(new DetectedSpan(token.Index, token.Length, PersonalDataKinds.Document, compact, Strength.Keyword));
        }
    }
}
