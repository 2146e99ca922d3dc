using System.Globalization;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Routing;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Threads;

/// <summary>
/// Themes and laws of the cases and signals of the last twelve months, counted per month or quarter: where the rode
/// draden run. Counts only, no references or authors. A signal's themes are read from its text; a casus keeps its own.
/// Someone who sees only some MTs (an MT member, a DG) gets the signals of those MTs only and no cases, which belong to no MT.
/// </summary>
internal sealed class ThreadTrends(IDbContextFactory<CasuistiekDbContext> databases, ThemeExtractor themes, RoutingTable table, WorkingDayCalendar calendar, TimeProvider clock)
{
    public async Task<TrendFigures> ComputeAsync(bool quarters, string language, SignalScope scope, CancellationToken cancellationToken)
    {
        var today = calendar.LocalDate(clock.GetUtcNow());
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        if (quarters) first = new DateOnly(first.Year, (first.Month - 1) / 3 * 3 + 1, 1);
        var periods = new List<string>();
        for (var month = first; month <= today; month = month.AddMonths(quarters ? 3 : 1)) periods.Add(Period(month, quarters));
        var since = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var cases = scope.Everything ? (await CasusComparables.SinceAsync(db, since, cancellationToken)).Where(c => Local(c.CreatedAt) >= first).ToList() : [];
        var signals = (await SignalComparables.SinceAsync(db, since, cancellationToken)).Where(s => s.IsIn(scope) && Local(s.CreatedAt) >= first).ToList();
        var items = cases.Select(c => (At: Local(c.CreatedAt), Themes: c.ThemeList, c.Law))
            .Concat(signals.Select(s => (At: Local(s.CreatedAt), Themes: themes.Extract(s.Text), s.Law)));
        var byTheme = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var byLaw = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (at, itemThemes, law) in items)
        {
            var column = periods.IndexOf(Period(at, quarters));
            if (column < 0) continue;
            foreach (var theme in itemThemes.Distinct()) Row(byTheme, ThemeName(theme, language), periods.Count)[column]++;
            if (law is not null) Row(byLaw, law, periods.Count)[column]++;
        }
        return new TrendFigures(first, periods, Sorted(byTheme), Sorted(byLaw), cases.Count, signals.Count, scope.Everything ? null : scope.Mts);
    }

    private DateOnly Local(DateTimeOffset at) => calendar.LocalDate(at);

    private string ThemeName(string id, string language) => table.Themes.FirstOrDefault(t => t.Id == id)?.Definition.Name?.Get(language) ?? id;

    private static int[] Row(Dictionary<string, int[]> rows, string key, int width) =>
        rows.TryGetValue(key, out var row) ? row : rows[key] = new int[width];

    private static IReadOnlyList<TrendRow> Sorted(Dictionary<string, int[]> rows) =>
        [.. rows.Select(r => new TrendRow(r.Key, r.Value)).OrderByDescending(r => r.Total).ThenBy(r => r.Label, StringComparer.Ordinal)];

    private static string Period(DateOnly day, bool quarters) =>
        quarters ? $"{day.Year}-K{(day.Month - 1) / 3 + 1}" : day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

/// <summary>One theme or law with its count per period.</summary>
internal sealed record TrendRow(string Label, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}

/// <summary>The trends since <see cref="Since"/>: periods oldest first, rows most frequent first; <see cref="Mts"/> the MTs counted, null for all of the register.</summary>
internal sealed record TrendFigures(DateOnly Since, IReadOnlyList<string> Periods, IReadOnlyList<TrendRow> Themes, IReadOnlyList<TrendRow> Laws, int Cases, int Signals, IReadOnlyList<string>? Mts = null);
