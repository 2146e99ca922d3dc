namespace CasuistiekBot.Dashboard;

/// <summary>Everything the overview shows, computed once per request from the signals, cases and triage tables.</summary>
internal sealed record DashboardFigures(
    DateOnly Today,
    IReadOnlyList<OpenSignal> Open,
    IReadOnlyList<Tally> OpenByStatus,
    IReadOnlyList<Tally> OpenByOwner,
    IReadOnlyList<Tally> OpenByMt,
    IReadOnlyList<Tally> AgeHistogram,
    IReadOnlyList<ClosedMonth> ClosedPerMonth,
    IReadOnlyList<ClosedSignal> RecentlyClosed,
    IReadOnlyList<string> CasusStatuses,
    IReadOnlyList<RouteRow> CasesByRoute)
{
    public IEnumerable<OpenSignal> Overdue => Open.Where(s => s.DaysOverdue > 0).OrderByDescending(s => s.DaysOverdue).ThenBy(s => s.Reference);
}
