namespace CasuistiekBot.Dashboard;

/// <summary>One counted group: a status, an owner, an MT, an age bucket, a route.</summary>
internal sealed record Tally(string Key, string Label, int Count);
