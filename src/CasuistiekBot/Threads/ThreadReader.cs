using System.Collections.Concurrent;
using CasuistiekBot.Policy;
using CasuistiekBot.Routing;

namespace CasuistiekBot.Threads;

/// <summary>
/// Reads a casus or signal text the way the similarity compares it: its themes (stored ones where the casus has them,
/// else read from the text), its best route (a casus only: signals are not routed), and its law (set, or named in the text).
/// Every submission compares the new casus with each casus and signal of the past year, so a reading is kept per input:
/// the readers are fixed at start, so the same input always reads the same, and a changed text is a new input.
/// </summary>
internal sealed class ThreadReader(ThemeExtractor themes, RouteSuggester routes, PolicyLaws laws, SimilarityModel model)
{
    // Enough for a busy year of cases and signals; past it the readings start over rather than grow without bound.
    private const int MaxKept = 8192;
    private readonly ConcurrentDictionary<Input, SimilarityModel.Prepared> _read = new();

    public SimilarityModel.Prepared Read(string kind, string text, string? law, IReadOnlyList<string>? storedThemes = null, string? route = null)
    {
        var input = new Input(kind, text, law, storedThemes is { Count: > 0 } ? string.Join('\u001f', storedThemes) : null, route);
        if (_read.TryGetValue(input, out var known)) return known;
        var prepared = ReadNew(kind, text, law, storedThemes, route);
        if (_read.Count >= MaxKept) _read.Clear();
        _read.TryAdd(input, prepared);
        return prepared;
    }

    private SimilarityModel.Prepared ReadNew(string kind, string text, string? law, IReadOnlyList<string>? storedThemes, string? route)
    {
        var themesOf = storedThemes is { Count: > 0 } ? storedThemes : themes.Extract(text);
        route ??= kind == ThreadText.Casus ? routes.Suggest(new CasusText(text)).Best.RouteId : null;
        return model.Prepare(new ThreadText(kind, text, laws.Find(law) ?? laws.Suggest(text), themesOf, route));
    }

    private readonly record struct Input(string Kind, string Text, string? Law, string? Themes, string? Route);
}
