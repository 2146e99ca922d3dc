using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Routing;

// Score is 0..1 (higher is a better fit); Reason is in the language asked for, ReasonEnglish/ReasonDutch both kept.
internal sealed record RankedRoute(string RouteId, double Score, string Reason)
{
    public string ReasonDutch { get; init; } = Reason;
    public string ReasonEnglish { get; init; } = Reason;
    public IReadOnlyList<string> MatchedWords { get; init; } = [];
    public bool Confidential { get; init; }

    public string ReasonIn(string language) => language == Languages.English ? ReasonEnglish : ReasonDutch;
}
