using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Threads;

/// <summary>
/// Compares a casus with the cases and signals of the past year and returns those the similarity finds alike, most
/// alike first. Earlier cases are read with their stored themes and advised route; signals with themes read from their text.
/// </summary>
internal sealed class ThreadFinder(ThreadReader reader, TimeProvider clock)
{
    public const int MaxFound = 5;
    private static readonly TimeSpan Window = TimeSpan.FromDays(365);

    public async Task<IReadOnlyList<SimilarItem>> ForCasusAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Window;
        var me = reader.Read(ThreadText.Casus, Text(casus.Story, casus.Situation, casus.Chafes), casus.Law, Themes(casus.Themes), BestRoute(casus.RoutesJson));
        var found = new List<SimilarItem>();
        foreach (var other in await CasusComparables.SinceAsync(db, since, cancellationToken))
        {
            if (other.Id == casus.Id) continue;
            var score = SimilarityModel.Score(me, reader.Read(ThreadText.Casus, other.Text, other.Law, other.ThemeList, BestRoute(other.RoutesJson)));
            if (SimilarityModel.Similar(score)) found.Add(new SimilarItem(ThreadText.Casus, other.Id, other.Reference, score, Anonymous: other.IsAnonymous));
        }
        foreach (var signal in await SignalComparables.SinceAsync(db, since, cancellationToken))
        {
            var score = SimilarityModel.Score(me, reader.Read(ThreadText.Signal, signal.Text, signal.Law));
            if (SimilarityModel.Similar(score)) found.Add(new SimilarItem(ThreadText.Signal, signal.Id, signal.Reference, score, signal.IsOpen));
        }
        return [.. found.OrderByDescending(f => f.Score).ThenBy(f => f.Reference, StringComparer.Ordinal).Take(MaxFound)];
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
