using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Localization;
using CasuistiekBot.Routing;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// Reads the signals in the viewer's scope, the cases and triage decisions (never the authors: only statuses and routes
/// of cases are read) and computes the overview. Open signals per MT and cases per route are counts over everything,
/// shown to every viewer: each MT sees where it stands beside the others, without their titles or owners. The register
/// is small enough to count in memory, which keeps SQLite and PostgreSQL equal.
/// </summary>
internal sealed class DashboardQueries(
    IDbContextFactory<CasuistiekDbContext> databases,
    WorkingDayCalendar calendar,
    RoutingTable routes,
    Texts texts,
    TimeProvider clock)
{
    private static readonly string[] OpenStatuses = [SignalStatus.New, SignalStatus.PickedUp, SignalStatus.InProgress, SignalStatus.Transferring];

    private static readonly string[] CasusStatuses =
    [
        CasusStatus.Submitted, CasusStatus.InTriage, CasusStatus.Scheduled, CasusStatus.Discussed,
        CasusStatus.Closed, CasusStatus.Referred, CasusStatus.Rejected, CasusStatus.Withdrawn,
    ];

    public async Task<DashboardFigures> OverviewAsync(string language, SignalScope scope, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var register = await db.Set<Signal>().AsNoTracking().ToListAsync(cancellationToken);
        var signals = register.Where(scope.Covers).ToList();
        var cases = await db.Set<Casus>().AsNoTracking().Select(c => new { c.Id, c.Status }).ToListAsync(cancellationToken);
        var decisions = await db.Set<TriageDecision>().AsNoTracking().ToDictionaryAsync(d => d.CasusId, cancellationToken);
        var today = calendar.LocalDate(clock.GetUtcNow());

        var open = signals.Where(s => SignalStatus.IsOpen(s.Status))
            .Select(s => new OpenSignal(s.Reference, s.Title, s.Status, s.OwnerName, s.OwnerMt, s.DueDate,
                today.DayNumber - calendar.LocalDate(s.CreatedAt).DayNumber, Math.Max(0, today.DayNumber - s.DueDate.DayNumber)))
            .OrderBy(s => s.DueDate).ThenBy(s => s.Reference).ToList();
        var closed = signals.Where(s => s.Status == SignalStatus.Closed && s.ClosedAt is not null).ToList();

        return new DashboardFigures(
            today,
            scope.Everything ? [] : scope.Mts,
            open,
            [.. OpenStatuses.Union(open.Select(s => s.Status)).Select(status =>
                new Tally(status, Label(DashboardTextKeys.DashboardSignalStatusPrefix + status, status, language), open.Count(s => s.Status == status)))],
            [.. signals.Where(s => SignalStatus.IsOpen(s.Status)).GroupBy(s => s.OwnerAadObjectId)
                .Select(g => new Tally(g.Key, g.OrderByDescending(s => s.UpdatedAt).First().OwnerName, g.Count()))
                .OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.CurrentCulture)],
            [.. register.Where(s => SignalStatus.IsOpen(s.Status)).GroupBy(s => s.OwnerMt ?? "")
                .Select(g => new Tally(g.Key, g.Key.Length > 0 ? g.Key : texts.Get(DashboardTextKeys.DashboardNoMt, language), g.Count()))
                .OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.CurrentCulture)],
            [.. AgeBuckets.All.Select(b => new Tally(b.Key, texts.Get(DashboardTextKeys.DashboardAgePrefix + b.Key, language), open.Count(s => AgeBuckets.For(s.AgeDays) == b.Key)))],
            ClosedPerMonth(closed, today),
            [.. closed.OrderByDescending(s => s.ClosedAt).Take(10).Select(s =>
                new ClosedSignal(s.Reference, s.Title, s.Resolution, calendar.LocalDate(s.ClosedAt!.Value), LeadDays(s)))],
            EndedApart(signals, today, language),
            CasusStatuses,
            [.. cases.GroupBy(c => RouteKey(decisions.GetValueOrDefault(c.Id)))
                .Select(g => new RouteRow(g.Key, RouteLabel(g.Key, language), g.GroupBy(c => c.Status).ToDictionary(s => s.Key, s => s.Count())))
                .OrderByDescending(r => r.Total).ThenBy(r => r.Label, StringComparer.CurrentCulture)]);
    }

    private List<ClosedMonth> ClosedPerMonth(List<Signal> closed, DateOnly today)
    {
        var months = new List<ClosedMonth>();
        for (var back = 11; back >= 0; back--)
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
            var leads = closed.Where(s => calendar.LocalDate(s.ClosedAt!.Value) is var d && d.Year == month.Year && d.Month == month.Month)
                .Select(LeadDays).Order().ToList();
            months.Add(new ClosedMonth(month.Year, month.Month, leads.Count, Median(leads), leads.Count == 0 ? null : Math.Round(leads.Average(), 1)));
        }
        return months;
    }

    /// <summary>Reported signals merged or declined since the first of the month a year back: they ended, but never as closed.</summary>
    private List<Tally> EndedApart(List<Signal> signals, DateOnly today, string language)
    {
        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var ended = signals.Where(s => s.ClosedAt is { } at && calendar.LocalDate(at) >= since).ToList();
        return
        [
            new Tally("merged", texts.Get(DashboardTextKeys.DashboardEndedMerged, language), ended.Count(s => s.Status == SignalStatus.Merged)),
            new Tally("declined", texts.Get(DashboardTextKeys.DashboardEndedDeclined, language), ended.Count(s => s.Status == SignalStatus.Declined)),
        ];
    }

    /// <summary>Days from registration to closing, to one decimal.</summary>
    public static double LeadDays(Signal signal) => Math.Round((signal.ClosedAt!.Value - signal.CreatedAt).TotalDays, 1);

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : Math.Round((sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 1);

    private static string RouteKey(TriageDecision? decision) => decision switch
    {
        null => "triage",
        { Decision: TriageDecisions.Spreekuur } => "spreekuur",
        { Decision: TriageDecisions.Rejected } => "afgewezen",
        _ => decision.Route ?? "onbekend",
    };

    private string RouteLabel(string key, string language) => key switch
    {
        "triage" or "afgewezen" or "onbekend" => texts.Get(DashboardTextKeys.DashboardRoutePrefix + key, language),
        _ => routes.Find(key)?.Name?.Get(language) ?? key,
    };

    private string Label(string key, string fallback, string language) => texts.Keys.Contains(key) ? texts.Get(key, language) : fallback;
}
