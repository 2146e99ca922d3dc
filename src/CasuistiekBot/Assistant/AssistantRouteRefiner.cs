using CasuistiekBot.Privacy;
using CasuistiekBot.Routing;

namespace CasuistiekBot.Assistant;

/// <summary>
/// The language model's reordering of route suggestions for the admin command <c>route --ai</c>. The text is scrubbed
/// first, as everywhere the model is used; without an answer the deterministic ranking stands.
/// </summary>
internal sealed class AssistantRouteRefiner(ICasusAssistant assistant, PersonalDataScrubber scrubber, RoutingTable table) : IRouteRefiner
{
    private const int Candidates = 4;

    public async Task<RouteSuggestion> RefineAsync(CasusText text, RouteSuggestion suggestion, string language, CancellationToken cancellationToken)
    {
        var memory = ScrubMemory.Create();
        var scrubbed = scrubber.Scrub(text.Combined(), memory).Text;
        var candidates = suggestion.Routes.Take(Candidates)
            .Select(r => new RouteCandidate(r.RouteId, table.Find(r.RouteId)?.Description?.Get(language) ?? r.RouteId, r.Score)).ToList();
        if (await assistant.RefineRoutesAsync(scrubbed, memory, candidates, language, cancellationToken) is not { Count: > 0 } advice) return suggestion;

        var byId = suggestion.Routes.ToDictionary(r => r.RouteId);
        var refined = advice.Select(a => byId[a.RouteId] with { Score = a.Score, Reason = a.Reason }).ToList();
        return suggestion with { Routes = [.. refined, .. suggestion.Routes.Where(r => advice.All(a => a.RouteId != r.RouteId))] };
    }
}
