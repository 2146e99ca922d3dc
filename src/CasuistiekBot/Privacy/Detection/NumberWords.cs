using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Dutch numbers written out, as a date is sometimes spoken and typed: a day ("twintig", "eenendertig", "derde") and a
/// year ("negentien vijfentachtig", "negentienhonderdvijfentachtig", "tweeduizend drie").
/// </summary>
internal static partial class NumberWords
{
    private const string Units = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen";
    private const string Teens = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien";
    private const string Tens = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig";

    /// <summary>One to ninety-nine: "drie", "vijftien", "twintig", "vijfentachtig", "tweeëntwintig".</summary>
    public const string UpToHundred = "(?:(?:(?:" + Units + ")(?:en|ën))?(?:" + Tens + ")|" + Teens + "|" + Units + ")";

    /// <summary>A day of the month, also as an ordinal ("twintigste", "derde", "eerste").</summary>
    public const string Day = "(?:eerste|derde|achtste|" + UpToHundred + "(?:ste|de)?)";

    /// <summary>A year of the last or this century: "negentien vijfentachtig", "negentienhonderd(en)vijfentachtig", "tweeduizend(en) drie".</summary>
    public const string Year = @"(?:negentien(?:[ \u00A0]*honderd)?(?:[ \u00A0]*en)?[ \u00A0]*" + UpToHundred + @"|tweeduizend(?:[ \u00A0]*en)?(?:[ \u00A0]*" + UpToHundred + ")?)";

    private static readonly Dictionary<string, int> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["een"] = 1, ["één"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8,
        ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14, ["vijftien"] = 15,
        ["zestien"] = 16, ["zeventien"] = 17, ["achttien"] = 18, ["negentien"] = 19, ["twintig"] = 20, ["dertig"] = 30,
        ["veertig"] = 40, ["vijftig"] = 50, ["zestig"] = 60, ["zeventig"] = 70, ["tachtig"] = 80, ["negentig"] = 90,
    };

    [GeneratedRegex("^(?:(?<u>" + Units + ")(?:en|ën))?(?<t>" + Tens + ")$|^(?<n>" + Teens + "|" + Units + ")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    /// <summary>The value of a day word, 1 to 31, or null.</summary>
    public static int? DayValue(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        if (w is "eerste") return 1;
        if (w is "derde") return 3;
        if (w is "achtste") return 8;
        if (w.EndsWith("ste", StringComparison.Ordinal) && Parse(w[..^3]) is { } ste) return ste;
        if (w.EndsWith("de", StringComparison.Ordinal) && Parse(w[..^2]) is { } de) return de;
        return Parse(w);
    }

    /// <summary>The value of a year in words, 1900 to 2099, or null.</summary>
    public static int? YearValue(string words)
    {
        var w = Regex.Replace(words.ToLowerInvariant(), @"[ \u00A0]+", "");
        int century;
        if (w.StartsWith("negentien", StringComparison.Ordinal)) { century = 1900; w = w["negentien".Length..]; if (w.StartsWith("honderd", StringComparison.Ordinal)) w = w["honderd".Length..]; }
        else if (w.StartsWith("tweeduizend", StringComparison.Ordinal)) { century = 2000; w = w["tweeduizend".Length..]; }
        else return null;
        if (w.Length == 0) return century == 2000 ? 2000 : null;
        if (w.StartsWith("en", StringComparison.Ordinal) && Parse(w) is null) w = w[2..];
        return Parse(w) is { } rest ? century + rest : null;
    }

    private static int? Parse(string word)
    {
        if (Number().Match(word) is not { Success: true } match) return null;
        if (match.Groups["n"].Success) return Values[match.Groups["n"].Value];
        return Values[match.Groups["t"].Value] + (match.Groups["u"].Success ? Values[match.Groups["u"].Value] : 0);
    }
}
