namespace CasuistiekBot.Assistant;

// The assistant's view of one candidate route: a score from 0 to 1 and a short reason for the coordinator. Advice only.
internal sealed record RouteAdvice(string RouteId, double Score, string Reason);
