using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Intake;
using CasuistiekBot.Localization;
using CasuistiekBot.Routing;

namespace CasuistiekBot.Triage;

/// <summary>
/// The route advice on the triage card in words: a ranked list ("1. Spreekuur — past het best") with the reasons and
/// the themes read from the casus kept behind a "Waarom?" toggle, so the card shows no scores or word lists up front.
/// </summary>
internal sealed class TriageAdvice(Texts texts, RoutingTable table)
{
    public const int Shown = 3;
    private const double CloseFit = 0.8;
    private const double AlsoFit = 0.4;

    public IEnumerable<object> Lines(IReadOnlyList<StoredRoute> routes, string language)
    {
        var top = routes.Count > 0 ? routes[0].Score : 0;
        return routes.Take(Shown).Select((r, i) => new
        {
            Line = texts.Get(TriageTextKeys.TriageRouteLine, language, i + 1, RouteName(r.Route, language), Fit(i, r.Score, top, language)),
        });
    }

    public IEnumerable<object> Reasons(IReadOnlyList<StoredRoute> routes, string language) =>
        routes.Take(Shown).Select((r, i) => new
        {
            Text = texts.Get(TriageTextKeys.TriageWhyRoute, language, i + 1, RouteName(r.Route, language), Reason(r, language)),
        });

    /// <summary>The themes the panel is matched on, by their names: "Gezinshereniging, Asiel".</summary>
    public string Themes(string themes, string language) => string.Join(", ",
        themes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => table.Themes.FirstOrDefault(t => t.Id == id)?.Definition.Name?.Get(language) ?? id));

    public string RouteName(string routeId, string language) => table.Find(routeId)?.Name?.Get(language) ?? routeId;

    private string Fit(int rank, double score, double top, string language)
    {
        if (rank == 0) return texts.Get(TriageTextKeys.TriageRouteFitBest, language);
        var ratio = top > 0 ? score / top : 0;
        return texts.Get(ratio >= CloseFit ? TriageTextKeys.TriageRouteFitClose
            : ratio >= AlsoFit ? TriageTextKeys.TriageRouteFitAlso
            : TriageTextKeys.TriageRouteFitWeak, language);
    }

    private static string Reason(StoredRoute route, string language)
    {
        var reason = language == Languages.English && !string.IsNullOrEmpty(route.ReasonEn) ? route.ReasonEn : route.ReasonNl;
        return string.IsNullOrEmpty(route.ModelReason) ? reason : $"{reason} · {route.ModelReason}";
    }
}
