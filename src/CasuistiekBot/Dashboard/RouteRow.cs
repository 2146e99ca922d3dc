namespace CasuistiekBot.Dashboard;

/// <summary>Cases on one route (or still awaiting triage), counted per casus status.</summary>
internal sealed record RouteRow(string Key, string Label, IReadOnlyDictionary<string, int> ByStatus)
{
    public int Total => ByStatus.Values.Sum();
}
