namespace CasuistiekBot.Assistant;

/// <summary>A route the deterministic router considered, with its description and its own score (0 to 1).</summary>
internal sealed record RouteCandidate(string RouteId, string Description, double Score);
