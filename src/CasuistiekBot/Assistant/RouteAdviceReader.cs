using System.Text.Json;

namespace CasuistiekBot.Assistant;

// Keeps only advice about the candidates we offered, once each, with a score clamped to 0..1, best first.
internal static class RouteAdviceReader
{
    public const int MaxReasonLength = 300;

    public static IReadOnlyList<RouteAdvice> Read(JsonElement answer, IReadOnlyList<RouteCandidate> candidates)
    {
        if (!answer.TryGetProperty("routes", out var routes) || routes.ValueKind != JsonValueKind.Array) return [];

        var offered = candidates.Select(c => c.RouteId).ToHashSet(StringComparer.Ordinal);
        var advice = new List<RouteAdvice>();
        foreach (var item in routes.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) continue;
            if (AssistantJson.Text(item, "id", 100) is not { } id || !offered.Contains(id)) continue;
            if (AssistantJson.Number(item, "score") is not { } score) continue;
            offered.Remove(id);
            advice.Add(new RouteAdvice(id, Math.Clamp(score, 0, 1), AssistantJson.Text(item, "reason", MaxReasonLength) ?? ""));
        }
        return advice.OrderByDescending(a => a.Score).ToList();
    }
}
