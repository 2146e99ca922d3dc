namespace CasuistiekBot.Understanding;

/// <summary>The Dutch and English words people use for dates and deadlines.</summary>
internal static class DateWords
{
    public static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["january"] = 1, ["jan"] = 1, ["februari"] = 2, ["february"] = 2, ["feb"] = 2, ["febr"] = 2,
        ["maart"] = 3, ["march"] = 3, ["mrt"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6, ["juli"] = 7, ["july"] = 7, ["jul"] = 7, ["augustus"] = 8, ["august"] = 8,
        ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["october"] = 10, ["okt"] = 10,
        ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    // Month names that are also ordinary English words count only right next to a day or after "in", "by", ...
    public static readonly HashSet<string> AmbiguousMonthWords = new(StringComparer.Ordinal) { "may", "march", "mar", "jan" };

    public static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["maandag"] = DayOfWeek.Monday, ["dinsdag"] = DayOfWeek.Tuesday, ["woensdag"] = DayOfWeek.Wednesday,
        ["donderdag"] = DayOfWeek.Thursday, ["vrijdag"] = DayOfWeek.Friday, ["zaterdag"] = DayOfWeek.Saturday,
        ["zondag"] = DayOfWeek.Sunday, ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    public static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["een"] = 1, ["a"] = 1, ["an"] = 1, ["one"] = 1, ["twee"] = 2, ["two"] = 2, ["drie"] = 3, ["three"] = 3, ["vier"] = 4,
        ["four"] = 4, ["vijf"] = 5, ["five"] = 5, ["zes"] = 6, ["six"] = 6, ["zeven"] = 7, ["seven"] = 7, ["acht"] = 8,
        ["eight"] = 8, ["negen"] = 9, ["nine"] = 9, ["tien"] = 10, ["ten"] = 10, ["elf"] = 11, ["eleven"] = 11,
        ["twaalf"] = 12, ["twelve"] = 12,
    };

    // d(ays), w(eeks), m(onths), y(ears).
    public static readonly Dictionary<string, char> Units = new(StringComparer.Ordinal)
    {
        ["dag"] = 'd', ["dagen"] = 'd', ["day"] = 'd', ["days"] = 'd', ["werkdag"] = 'd', ["werkdagen"] = 'd',
        ["week"] = 'w', ["weken"] = 'w', ["weeks"] = 'w', ["wk"] = 'w',
        ["maand"] = 'm', ["maanden"] = 'm', ["month"] = 'm', ["months"] = 'm', ["jaar"] = 'y', ["year"] = 'y', ["years"] = 'y',
    };

    public static readonly HashSet<string> OffsetWords = new(StringComparer.Ordinal) { "over", "in", "binnen", "within", "nog" };

    public static readonly (string[] Phrase, int Month, int Day)[] Holidays =
    [
        (["oud", "en", "nieuw"], 12, 31), (["oudjaar"], 12, 31), (["oudejaar"], 12, 31), (["oudejaarsdag"], 12, 31),
        (["oudjaarsdag"], 12, 31), (["oudejaarsavond"], 12, 31), (["oudjaarsavond"], 12, 31), (["new", "year", "s", "eve"], 12, 31),
        (["new", "years", "eve"], 12, 31), (["nieuwjaarsdag"], 1, 1), (["new", "year", "s", "day"], 1, 1),
        (["kerstavond"], 12, 24), (["christmas", "eve"], 12, 24), (["kerst"], 12, 25), (["kerstmis"], 12, 25),
        (["eerste", "kerstdag"], 12, 25), (["christmas"], 12, 25), (["koningsdag"], 4, 27), (["king", "s", "day"], 4, 27),
        (["sinterklaas"], 12, 5), (["pakjesavond"], 12, 5),
    ];

    public static readonly string[][] Today = AnswerText.Phrases("vandaag", "today", "vanavond", "vanmiddag", "tonight", "this afternoon");
    public static readonly string[][] Tomorrow = AnswerText.Phrases("morgen", "tomorrow");
    public static readonly string[][] DayAfterTomorrow = AnswerText.Phrases("overmorgen", "day after tomorrow");
    public static readonly string[][] Yesterday = AnswerText.Phrases("gisteren", "eergisteren", "yesterday");

    public static readonly string[][] DontKnow = AnswerText.Phrases(
        "weet ik niet", "weet ik nog niet", "weet niet", "weet nog niet", "geen idee", "geen flauw idee", "no idea", "don t know",
        "do not know", "dont know", "not sure", "dunno", "onbekend", "unknown", "geen flauw benul");

    public static readonly string[][] NoDeadline = AnswerText.Phrases(
        "geen haast", "geen deadline", "geen termijn", "geen datum", "geen spoed", "geen tijdsdruk", "geen beslistermijn",
        "niet dringend", "niet urgent", "niet spoedeisend", "niet haastig", "not urgent", "no rush", "no hurry", "no deadline",
        "no date", "not in a hurry", "no time pressure", "maakt niet uit", "maakt mij niet uit", "maakt me niet uit",
        "doesn t matter", "does not matter", "whenever", "nvt", "n v t", "n a", "overslaan", "sla over", "skip", "niets",
        "niks", "nothing", "none");

    // A whole answer of one of these words, or an answer starting with one, says there is no hurry.
    public static readonly HashSet<string> No = new(StringComparer.Ordinal) { "nee", "neen", "nope", "no", "nah", "niet", "geen", "n" };

    public static readonly string[][] Urgent = AnswerText.Phrases(
        "zo snel mogelijk", "zsm", "z s m", "asap", "a s a p", "as soon as possible", "spoed", "spoedeisend", "met spoed",
        "dringend", "urgent", "meteen", "onmiddellijk", "immediately", "right away", "zo spoedig mogelijk", "haast");

    public static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "binnenkort", "soon", "snel", "gauw", "paar", "enkele", "few", "couple", "ergens", "sometime", "zomer", "voorjaar",
        "najaar", "winter", "herfst", "lente", "summer", "spring", "autumn", "fall", "zomervakantie", "later", "eventually",
    };

    public static readonly HashSet<string> Next = new(StringComparer.Ordinal) { "volgende", "volgend", "next", "komende", "komend" };
    public static readonly HashSet<string> Coming = new(StringComparer.Ordinal) { "aanstaande", "komende", "deze", "this", "coming" };
    public static readonly HashSet<string> This = new(StringComparer.Ordinal) { "deze", "dit", "this", "the", "de", "het" };
    public static readonly HashSet<string> Of = new(StringComparer.Ordinal) { "van", "of", "the", "de", "het" };
    public static readonly HashSet<string> Start = new(StringComparer.Ordinal) { "begin", "start", "early", "beginning", "vroeg" };
    public static readonly HashSet<string> End = new(StringComparer.Ordinal) { "eind", "einde", "end", "late", "eindje" };
    public static readonly HashSet<string> Middle = new(StringComparer.Ordinal) { "half", "medio", "midden", "mid", "halverwege", "middle" };

    public static readonly string[][] BeforeWeekend = AnswerText.Phrases("voor het weekend", "before the weekend", "voor het weekeinde");

    public static bool IsMonth(string word, out int month) => Months.TryGetValue(word, out month);
}
