using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Routing;

internal static class CasusWishes
{
    private static readonly Dictionary<string, CasusWish> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["advies"] = CasusWish.Advies,
        ["gedeeld-beeld"] = CasusWish.GedeeldBeeld,
        ["signaal-agenderen"] = CasusWish.SignaalAgenderen,
        ["gehoord-worden"] = CasusWish.GehoordWorden,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static string Name(CasusWish wish) => ByName.First(pair => pair.Value == wish).Key;

    public static bool TryParse(string? value, out CasusWish wish) => ByName.TryGetValue(value ?? "", out wish);

    public static string Describe(CasusWish wish, string language) => (wish, language == Languages.English) switch
    {
        (CasusWish.Advies, false) => "advies",
        (CasusWish.Advies, true) => "advice",
        (CasusWish.GedeeldBeeld, false) => "gedeeld beeld",
        (CasusWish.GedeeldBeeld, true) => "shared view",
        (CasusWish.SignaalAgenderen, false) => "signaal agenderen",
        (CasusWish.SignaalAgenderen, true) => "put a signal on the agenda",
        (CasusWish.GehoordWorden, false) => "gehoord worden",
        _ => "to be heard",
    };
}
