using System.Collections.Concurrent;

namespace CasuistiekBot.Threads;

/// <summary>
/// The readings of earlier cases and signals, kept by id: every submission compares the new casus with each casus and
/// signal of the past year, and their texts never change once submitted, so a text is fetched and read once per
/// process. A reading is taken again when what can change since (themes, advice, law) did. Bounded: past the limit the
/// readings start over rather than grow without end.
/// </summary>
internal sealed class PastReadings
{
    private const int MaxKept = 8192;
    private readonly ConcurrentDictionary<(string Kind, Guid Id), Kept> _kept = new();

    /// <summary>The reading kept for the item when it still holds for what can change; else null.</summary>
    public SimilarityModel.Prepared? Find(string kind, Guid id, string? law, string? themes = null, string? routesJson = null) =>
        _kept.TryGetValue((kind, id), out var kept) && kept.Law == law && kept.Themes == themes && kept.RoutesJson == routesJson
            ? kept.Reading
            : null;

    public SimilarityModel.Prepared Keep(string kind, Guid id, SimilarityModel.Prepared reading, string? law, string? themes = null, string? routesJson = null)
    {
        if (_kept.Count >= MaxKept) _kept.Clear();
        _kept[(kind, id)] = new Kept(reading, law, themes, routesJson);
        return reading;
    }

    private sealed record Kept(SimilarityModel.Prepared Reading, string? Law, string? Themes, string? RoutesJson);
}
