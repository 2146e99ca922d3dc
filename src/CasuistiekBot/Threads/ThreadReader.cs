using CasuistiekBot.Policy;
using CasuistiekBot.Routing;

namespace CasuistiekBot.Threads;

/// <summary>
/// Reads a casus or signal text the way the similarity compares it: its themes (stored ones where the casus has them,
/// else read from the text), its best route (a casus only: signals are not routed), and its law (set, or named in the
/// text). Readings of earlier items are kept by <see cref="PastReadings"/>.
/// </summary>
internal sealed class ThreadReader(ThemeExtractor themes, RouteSuggester routes, PolicyLaws laws, SimilarityModel model)
{
    public SimilarityModel.Prepared Read(string kind, string text, string? law, IReadOnlyList<string>? storedThemes = null, string? route = null)
    {
        var themesOf = storedThemes is { Count: > 0 } ? storedThemes : themes.Extract(text);
        route ??= kind == ThreadText.Casus ? routes.Suggest(new CasusText(text)).Best.RouteId : null;
        return model.Prepare(new ThreadText(kind, text, laws.Find(law) ?? laws.Suggest(text), themesOf, route));
    }
}
