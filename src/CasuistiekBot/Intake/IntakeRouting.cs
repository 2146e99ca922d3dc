using System.Text.Json;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Routing;

namespace CasuistiekBot.Intake;

/// <summary>The intake's use of the routing table: safety signals in the story, confidential contacts, and the advice stored with a casus.</summary>
internal sealed class IntakeRouting(RouteSuggester suggester, SafetyDetector safety, RoutingTable table)
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

    public Task<RouteAdvice> SuggestAsync(IntakeAnswers answers, string language, CancellationToken cancellationToken)
    {
        CasusWishes.TryParse(answers.Wish, out var wish);
        var suggestion = suggester.Suggest(new CasusText(answers.Story, answers.Situation, answers.Chafes, answers.Tried, wish), language);
        var routes = suggestion.Routes.Select(r => new StoredRoute(r.RouteId, Math.Round(r.Score, 3), r.ReasonDutch, r.ReasonEnglish, r.Confidential));
        return Task.FromResult(new RouteAdvice(JsonSerializer.Serialize(routes, BotJson.Options), suggestion.Themes));
    }
}

/// <summary>Route advice as stored with a casus: best first, reasons in both languages.</summary>
internal sealed record StoredRoute(string Route, double Score, string ReasonNl, string ReasonEn, bool Confidential);

internal sealed record RouteAdvice(string RoutesJson, IReadOnlyList<string> Themes);
