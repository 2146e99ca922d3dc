using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Threads;

/// <summary>
/// Compares a casus with the cases and signals of the past year and returns those the similarity finds alike, most
/// alike first. Earlier cases are read with their stored themes and advised route; signals with themes read from their
/// text. Only what can change (the law) is fetched for every comparison; the rest when an item has no reading yet.
/// </summary>
internal sealed class ThreadFinder(ThreadReader reader, PastReadings past, TimeProvider clock)
{
    public const int MaxFound = 5;
    private const int FetchBatch = 500;
    private static readonly TimeSpan Window = TimeSpan.FromDays(365);

    public async Task<IReadOnlyList<SimilarItem>> ForCasusAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Window;
        var me = reader.Read(ThreadText.Casus, Text(casus.Story, casus.Situation, casus.Chafes), casus.Law, Themes(casus.Themes), BestRoute(casus.RoutesJson));
        var found = new List<SimilarItem>();
        var cases = (await CasusComparables.HeadsSinceAsync(db, since, cancellationToken)).Where(c => c.Id != casus.Id).ToList();
        var unread = await FetchAsync(cases.Where(c => Known(c) is null).Select(c => c.Id), CasusComparables.ManyAsync, c => c.Id, db, cancellationToken);
        foreach (var other in cases)
        {
            var reading = Known(other) ?? (unread.TryGetValue(other.Id, out var text) ? Read(other, text) : null);
            if (reading is null) continue;
            var score = SimilarityModel.Score(me, reading);
            if (SimilarityModel.Similar(score)) found.Add(new SimilarItem(ThreadText.Casus, other.Id, other.Reference, score, Anonymous: other.IsAnonymous));
        }
        var signals = await SignalComparables.HeadsSinceAsync(db, since, cancellationToken);
        var unreadSignals = await FetchAsync(signals.Where(s => past.Find(ThreadText.Signal, s.Id, s.Law) is null).Select(s => s.Id), SignalComparables.ManyAsync, s => s.Id, db, cancellationToken);
        foreach (var signal in signals)
        {
            var reading = past.Find(ThreadText.Signal, signal.Id, signal.Law)
                ?? (unreadSignals.TryGetValue(signal.Id, out var text)
                    ? past.Keep(ThreadText.Signal, signal.Id, reader.Read(ThreadText.Signal, text.Text, text.Law), signal.Law)
                    : null);
            if (reading is null) continue;
            var score = SimilarityModel.Score(me, reading);
            if (SimilarityModel.Similar(score)) found.Add(new SimilarItem(ThreadText.Signal, signal.Id, signal.Reference, score, signal.IsOpen));
        }
        return [.. found.OrderByDescending(f => f.Score).ThenBy(f => f.Reference, StringComparer.Ordinal).Take(MaxFound)];
    }

    private SimilarityModel.Prepared? Known(ComparableCasusHead head) => past.Find(ThreadText.Casus, head.Id, head.Law);

    private SimilarityModel.Prepared Read(ComparableCasusHead head, ComparableCasus text) =>
        past.Keep(ThreadText.Casus, head.Id, reader.Read(ThreadText.Casus, text.Text, head.Law, text.ThemeList, BestRoute(text.RoutesJson)), head.Law);

    // The texts of items without a reading, in batches so that a first comparison after a start stays within parameter limits.
    private static async Task<Dictionary<Guid, T>> FetchAsync<T>(
        IEnumerable<Guid> ids, Func<CasuistiekDbContext, IReadOnlyCollection<Guid>, CancellationToken, Task<List<T>>> fetch, Func<T, Guid> idOf,
        CasuistiekDbContext db, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<Guid, T>();
        foreach (var batch in ids.Chunk(FetchBatch))
        {
            foreach (var item in await fetch(db, batch, cancellationToken)) texts[idOf(item)] = item;
        }
        return texts;
    }

    private static string Text(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string[] Themes(string themes) => themes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The first route of the stored advice, or null when there is none.</summary>
    public static string? BestRoute(string routesJson)
    {
        try
        {
            return JsonNode.Parse(routesJson) is JsonArray { Count: > 0 } routes && routes[0] is JsonObject first
                ? (first["route"] ?? first["Route"])?.GetValue<string>()
                : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
