namespace CasuistiekBot.Assistant;

// A route the deterministic router considered, with its description and its own score from 0 to 1.
internal sealed record RouteCandidate(string RouteId, string Description, double Score);
