using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Routing;

// Explains a score in the casus's own words: "signaalwoorden: geïntimideerd, leidinggevende".
internal static class RouteReasons
{
    private const int MaximumWords = 6;
    private const double NotableLearned = 1.0;

    public static string Explain(RouteScore score, CasusWish? wish, string language)
    {
        var english = language == Languages.English;
        var parts = new List<string>();
        var positive = Words(score.Hits.Where(h => h.Weight > 0 && !h.Negated));
        if (positive.Count > 0) parts.Add((english ? "signal words: " : "signaalwoorden: ") + string.Join(", ", positive));
        var denied = Words(score.Hits.Where(h => h.Negated));
        if (denied.Count > 0) parts.Add((english ? "denied: " : "ontkend: ") + string.Join(", ", denied));
        var against = Words(score.Hits.Where(h => h.Weight < 0));
        if (against.Count > 0) parts.Add((english ? "counter-indications: " : "tegenindicaties: ") + string.Join(", ", against));
        if (score.WishBonus > 0 && wish is { } w)
        {
            parts.Add((english ? "the inbrenger wants: " : "wens van de inbrenger: ") + CasusWishes.Describe(w, language));
        }
        if (score.Learned >= NotableLearned)
        {
            parts.Add(english ? "resembles earlier cases for this route" : "lijkt op eerdere casussen voor deze route");
        }
        if (score.SafetyWin)
        {
            parts.Add(score.Route.Safety == SafetyKind.Integrity
                ? english ? "strong integrity signal: confidential route first" : "sterk integriteitssignaal: vertrouwelijke route eerst"
                : english ? "strong social-safety signal: confidential route first" : "sterk signaal van sociale onveiligheid: vertrouwelijke route eerst");
        }
        if (parts.Count == 0)
        {
            parts.Add(score.Route.Definition.Prior > 0
                ? english ? "no specific signal words; the general place for a casus" : "geen specifieke signaalwoorden; de algemene plek voor een casus"
                : english ? "no signal words found" : "geen signaalwoorden gevonden");
        }
        return string.Join("; ", parts);
    }

    public static IReadOnlyList<string> Words(IEnumerable<SignalHit> hits) =>
        [.. hits.OrderByDescending(h => Math.Abs(h.Weight)).Select(h => h.Words).Distinct().Take(MaximumWords)];
}
