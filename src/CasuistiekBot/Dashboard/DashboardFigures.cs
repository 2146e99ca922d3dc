namespace CasuistiekBot.Dashboard;

/// <summary>Everything the overview shows (closed: with a resolution only; <c>EndedApart</c> the merged and declined reported signals of the past twelve months), computed once per request from the signals, cases and triage tables; <c>Mts</c> when limited to the viewer's MT(s), empty for the whole register.</summary>
internal sealed record DashboardFigures(
    DateOnly Today,
    IReadOnlyList<string> Mts,
    IReadOnlyList<OpenSignal> Open,
    IReadOnlyList<Tally> OpenByStatus,
    IReadOnlyList<Tally> OpenByOwner,
    IReadOnlyList<Tally> OpenByMt,
    IReadOnlyList<Tally> AgeHistogram,
    IReadOnlyList<ClosedMonth> ClosedPerMonth,
    IReadOnlyList<ClosedSignal> RecentlyClosed,
    IReadOnlyList<Tally> EndedApart,
    IReadOnlyList<string> CasusStatuses,
    IReadOnlyList<RouteRow> CasesByRoute)
{
    public IEnumerable<OpenSignal> Overdue => Open.Where(s => s.DaysOverdue > 0).OrderByDescending(s => s.DaysOverdue).ThenBy(s => s.Reference);
}
