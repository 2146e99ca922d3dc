using System.Text.Json;
using CasuistiekBot.Assistant;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Privacy;
using CasuistiekBot.Routing;

namespace CasuistiekBot.Intake;

/// <summary>The intake's use of the routing table: safety signals in the story, confidential contacts, and the advice stored with a casus.</summary>
internal sealed class IntakeRouting(RouteSuggester suggester, SafetyDetector safety, RoutingTable table, ICasusAssistant assistant)
{
    public const string ConfidentialCounsellor = "vertrouwenspersoon";
    public const string IntegrityReport = "integriteitsmelding";

    /// <summary><see cref="SafetyConcerns.Social"/>, <see cref="SafetyConcerns.Integrity"/> or null.</summary>
    public string? DetectConcern(string text)
    {
        var signal = safety.Detect(text);
        if (!signal.Raised) return null;
        return signal.Kind.HasFlag(SafetyKind.SocialSafety) ? SafetyConcerns.Social : SafetyConcerns.Integrity;
    }

    public IEnumerable<(string Name, string Contact)> ConfidentialContacts(string concern, string language)
    {
        var first = concern == SafetyConcerns.Integrity ? IntegrityReport : ConfidentialCounsellor;
        var second = concern == SafetyConcerns.Integrity ? ConfidentialCounsellor : IntegrityReport;
        foreach (var id in new[] { first, second })
        {
            if (table.Find(id) is { } route) yield return (route.Name?.Get(language) ?? id, route.Contact?.Get(language) ?? "");
        }
    }

    /// <summary>
    /// The deterministic ranking, refined by the language model when one is configured. The model may only reorder and
    /// rescore the routes it was given; its reasons are kept beside the deterministic ones, and it never acts.
    /// </summary>
    public async Task<CasusRouteAdvice> SuggestAsync(IntakeAnswers answers, ScrubMemory memory, string language, CancellationToken cancellationToken)
    {
        CasusWishes.TryParse(answers.Wish, out var wish);
        var text = new CasusText(answers.Story, answers.Situation, answers.Chafes, answers.Tried, wish);
        var suggestion = suggester.Suggest(text, language);
        var routes = suggestion.Routes.Select(r => new StoredRoute(r.RouteId, Math.Round(r.Score, 3), r.ReasonDutch, r.ReasonEnglish, r.Confidential)).ToList();

        var candidates = suggestion.Routes.Take(4)
            .Select(r => new RouteCandidate(r.RouteId, table.Find(r.RouteId)?.Description?.Get(language) ?? r.RouteId, r.Score)).ToList();
        if (await assistant.RefineRoutesAsync(text.Combined(), memory, candidates, language, cancellationToken) is { Count: > 0 } refined)
        {
            var byId = routes.ToDictionary(r => r.Route);
            var reordered = refined.Select(a => byId[a.RouteId] with { Score = Math.Round(a.Score, 3), ModelReason = a.Reason }).ToList();
            routes = [.. reordered, .. routes.Where(r => refined.All(a => a.RouteId != r.Route))];
        }
        return new CasusRouteAdvice(JsonSerializer.Serialize(routes, BotJson.Options), suggestion.Themes);
    }
}

/// <summary>Route advice as stored with a casus: best first, reasons in both languages.</summary>
internal sealed record StoredRoute(string Route, double Score, string ReasonNl, string ReasonEn, bool Confidential)
{
    /// <summary>The language model's reason, when it reordered the routes.</summary>
    public string? ModelReason { get; init; }
}

internal sealed record CasusRouteAdvice(string RoutesJson, IReadOnlyList<string> Themes);
