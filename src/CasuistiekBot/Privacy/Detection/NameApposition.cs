using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Names the sentence frames around them, where the words alone say too little: a given name that is also an ordinary
/// word before a family name no list knows, set off by commas ("betrokkene, Ebo Ansah, verklaart") or opening a clause
/// about a person ("Adem Hoxha is from Albania"); a name before an apposition of a relation ("De Boer, de stiefvader,");
/// a role word before a family name with a particle ("gedetineerde de Wit"); a name before a verb of naming ("in het
/// AZC Ahmad wordt genoemd"); a self-introduction ("ik ben Goran"); the one cared for ("de zorg voor Jayden"); a given
/// name with the initial of the family name ("Eyob G."); Vietnamese names with their middle name ("Le Van Duc").
/// </summary>
internal static partial class NameApposition
{
    private const string Cap = @"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?";

    // ", Ebo Ansah," / "Adem Hoxha is from": a capitalised word and a capitalised word after it.
    [GeneratedRegex(@"(?<![\p{L}\-])(?<first>" + Cap + @")[ \u00A0]+(?<second>" + Cap + @")(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex Pair();

    [GeneratedRegex(@"\G[ \u00A0]+(?:(?i:is|was|comes|came|lives|lived|has|had|wants|says|said)[ \u00A0]+(?i:from|in|to|been|a|an|no|not|\d)|(?i:is|was)[ \u00A0]+\d)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPersonClause();

    private const string Relation =
        "stiefvader|stiefmoeder|vader|moeder|oom|tante|opa|oma|broer|zus|zoon|dochter|partner|echtgenoot|echtgenote|ex|man|vrouw|" +
        "vriend|vriendin|buurman|buurvrouw|pleegvader|pleegmoeder|voogd|grootvader|grootmoeder|neef|nicht|schoonvader|schoonmoeder|" +
        "father|mother|stepfather|stepmother|uncle|aunt|brother|sister|son|daughter|husband|wife|guardian|grandmother|grandfather";

    // "De Boer, de stiefvader, …", "Kaya, haar oom)": a name, then an apposition that names a relation.
    [GeneratedRegex(@"(?<![\p{L}\-])(?<name>(?:(?i:van[ \u00A0]+de[nr]?|van|de|den|der|ter|ten|el|al)[ \u00A0]+)?" + Cap + @")[ \u00A0]*,[ \u00A0]*(?i:de|het|haar|zijn|hun|the|his|her|their)[ \u00A0]+(?i:" + Relation + @")(?![\p{L}])[ \u00A0]*[,)]", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeRelation();

    // "The mother, Fadumo, asked", "de cliënt, Yonas, wil": a relation or role word, then a name between commas.
    [GeneratedRegex(@"(?<![\p{L}])(?i:" + Relation + @"|client|cliënte?|betrokkene|klant|detainee|inmate|gedetineerde|verdachte|patiënte?|patient|applicant|aanvrager)[ \u00A0]*,[ \u00A0]*(?<name>" + Cap + @")(?=[ \u00A0]*[,)])", RegexOptions.CultureInvariant)]
    private static partial Regex RelationThenName();

    // "gedetineerde de Wit,", "zijn vader van der Meer": a role word, a particle, then a capitalised family name. A lone
    // "van" is a genitive ("de zoon van Kevin") and left to the rules for the word after it.
    [GeneratedRegex(@"\G(?<name>(?:van[ \u00A0]+de[nr]?|de|den|der|ter|ten)[ \u00A0]+" + Cap + @")(?=[ \u00A0]*[,.;:)!?]|[ \u00A0]+\p{Ll}|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ParticleFamilyName();

    // "in het AZC Ahmad wordt genoemd", "Ahmad is called": a word before a verb of naming.
    [GeneratedRegex(@"(?<![\p{L}\-])(?<name>" + Cap + @")[ \u00A0]+(?:(?i:wordt|werd)[ \u00A0]+(?i:genoemd|geroepen)|(?i:genoemd|geroepen)[ \u00A0]+(?i:wordt|werd)|(?i:is|was)[ \u00A0]+(?i:called|named))(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeNamingVerb();

    // "'ik ben Goran, …'", "I'm Dawit": a speaker naming themself.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:ik[ \u00A0]+ben|ik[ \u00A0]+heet|i[ \u00A0]+am|i['’]m|my[ \u00A0]+name[ \u00A0]+is|mijn[ \u00A0]+naam[ \u00A0]+is))[ \u00A0]+(?<name>" + Cap + @")(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex SelfIntroduction();

    // "de zorg voor Jayden", "custody of Amira": the one cared for.
    [GeneratedRegex(@"(?<![\p{L}])(?i:zorg[ \u00A0]+voor|zorgen[ \u00A0]+voor|zorgt[ \u00A0]+voor|voogdij[ \u00A0]+over|gezag[ \u00A0]+over|omgang[ \u00A0]+met|care[ \u00A0]+(?:of|for)|custody[ \u00A0]+of)[ \u00A0]+(?<name>" + Cap + @")(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex CaredFor();

    // "'Eyob G.'": a given name and the initial of the family name, before a quote, a comma or a lower-case word.
    [GeneratedRegex(@"(?<![\p{L}\-])(?<name>" + Cap + @"[ \u00A0]+\p{Lu}\.)(?=['’""”),;:]|[ \u00A0]+\p{Ll}|[ \u00A0]*$)", RegexOptions.CultureInvariant)]
    private static partial Regex GivenNameAndInitial();

    // "Le Van Duc", "Nguyen Thi Lan": a Vietnamese family name, a middle name that marks the order, then the given name.
    [GeneratedRegex(@"(?<![\p{L}\-])(?<name>(?:Nguyen|Nguyễn|Tran|Trần|Le|Lê|Pham|Phạm|Hoang|Hoàng|Huynh|Phan|Vu|Vũ|Vo|Võ|Dang|Đặng|Bui|Bùi|Do|Đỗ|Ho|Hồ|Ngo|Ngô|Duong|Dương|Ly|Lý|Dinh|Đinh|Truong|Trương)[ \u00A0]+(?:Van|Văn|Thi|Thị|Huu|Hữu|Duc|Đức|Ngoc|Ngọc|Minh|Quoc|Quốc|Xuan|Xuân|Thanh|Cong|Công|Dinh|Đình)(?:[ \u00A0]+\p{Lu}\p{Ll}+){1,2})(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Vietnamese();

    public static void Detect(string text, NameEvidence evidence, List<(int Start, int End)> names)
    {
        foreach (Match match in Pair().Matches(text)) GivenNameThatIsAWord(text, match, evidence, names);
        foreach (Match match in BeforeRelation().Matches(text)) AddIfName(match.Groups["name"], evidence, names);
        foreach (Match match in RelationThenName().Matches(text)) AddIfName(match.Groups["name"], evidence, names, anyListed: true);
        foreach (Match match in NameDetector.RoleWord().Matches(text))
        {
            if (ParticleFamilyName().Match(text, match.Index + match.Length) is { Success: true } name) AddIfName(name.Groups["name"], evidence, names);
        }
        // A verb of naming, a self-introduction or care says person: a listed name counts even when it is also a word.
        foreach (Match match in BeforeNamingVerb().Matches(text)) AddIfName(match.Groups["name"], evidence, names, anyListed: true);
        foreach (Match match in SelfIntroduction().Matches(text)) AddIfName(match.Groups["name"], evidence, names, anyListed: true);
        foreach (Match match in CaredFor().Matches(text)) AddIfName(match.Groups["name"], evidence, names, anyListed: true);
        foreach (Match match in GivenNameAndInitial().Matches(text))
        {
            var given = match.Value[..match.Value.IndexOfAny([' ', '\u00A0'])];
            if (evidence.IsUnknown(given) || (evidence.IsFirstName(given) && !evidence.IsOrdinary(given))) Add(match.Groups["name"], names);
        }
        foreach (Match match in Vietnamese().Matches(text)) Add(match.Groups["name"], names);
    }

    /// <summary>
    /// "Adem", "Ebo": a given name that is also an ordinary word, before a family name no list knows, as a whole
    /// apposition between commas or opening an English clause about a person. "Vandaag Stanciu gesproken" stays.
    /// </summary>
    private static void GivenNameThatIsAWord(string text, Match pair, NameEvidence evidence, List<(int Start, int End)> names)
    {
        var first = pair.Groups["first"].Value;
        var second = pair.Groups["second"].Value;
        if (!evidence.IsOrdinary(first) || NameEvidence.IsKnownNonPerson(first) || FirstNames.NotAfter.Contains(first)) return;
        if (!evidence.IsUnknown(second)) return;
        var before = text.AsSpan(0, pair.Index).TrimEnd(" \u00A0'‘\"“");
        var after = text.AsSpan(pair.Index + pair.Length).TrimStart(" \u00A0");
        var apposition = before.EndsWith(",") && after.Length > 0 && after[0] is ',' or ')';
        var opensClause = TextScan.IsSentenceStart(text, pair.Index) && EnglishPersonClause().IsMatch(text, pair.Index + pair.Length);
        if (apposition || opensClause) names.Add((pair.Index, pair.Index + pair.Length));
    }

    /// <summary>A listed name that is no ordinary word, a listed family name after a particle, or a word no list knows.</summary>
    private static void AddIfName(Group name, NameEvidence evidence, List<(int Start, int End)> names, bool anyListed = false)
    {
        var last = name.Value.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)[^1];
        if (NameEvidence.IsNeverName(last) || FirstNames.NotAfter.Contains(last)) return;
        var particle = name.Value.Contains(' ') || name.Value.Contains('\u00A0');
        var listed = evidence.IsListedName(last) && (anyListed || !evidence.IsOrdinary(last) || (particle && evidence.IsSurname(last)));
        if (listed || evidence.IsUnknown(last)) Add(name, names);
    }

    private static void Add(Group name, List<(int Start, int End)> names) => names.Add((name.Index, name.Index + name.Length));
}
