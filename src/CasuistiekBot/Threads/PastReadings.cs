using System.Collections.Concurrent;

namespace CasuistiekBot.Threads;

/// <summary>
/// The readings of earlier cases and signals, kept by id: every submission compares the new casus with each casus and
/// signal of the past year, and what is read of them (texts, stored themes and advice) is fixed when they come in
/// (erasure takes a casus out of every comparison), so each is fetched and read once per process. Only the law can be
/// set later; a reading under another law is taken again. Bounded: past the limit the readings start over rather than
/// grow without end.
/// </summary>
internal sealed class PastReadings
{
    private const int MaxKept = 8192;
    private readonly ConcurrentDictionary<Guid, Kept> _cases = new();
    private readonly ConcurrentDictionary<Guid, Kept> _signals = new();

    /// <summary>The reading kept for the item when it was read under the same law; else null.</summary>
    public SimilarityModel.Prepared? Find(string kind, Guid id, string? law) =>
        Of(kind).TryGetValue(id, out var kept) && kept.Law == law ? kept.Reading : null;

    public SimilarityModel.Prepared Keep(string kind, Guid id, SimilarityModel.Prepared reading, string? law)
    {
        var kept = Of(kind);
        if (kept.Count >= MaxKept) kept.Clear();
        kept[id] = new Kept(reading, law);
        return reading;
    }

    private ConcurrentDictionary<Guid, Kept> Of(string kind) => kind == ThreadText.Signal ? _signals : _cases;

    private sealed record Kept(SimilarityModel.Prepared Reading, string? Law);
}
