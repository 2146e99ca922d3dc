using CasuistiekBot.Signals;

namespace CasuistiekBot.Reporting;

/// <summary>Adds up the year's signals: counts (closed only with a resolution; merged and declined apart), per resolution, per law ("niet ingevuld" is the null law), open per MT, per month, and lead times.</summary>
internal static class StandFigures
{
    public static StandSignalFigures Of(IReadOnlyList<StandSignal> signals)
    {
        var raised = signals.Where(s => s.RaisedInYear).ToList();
        var closed = signals.Where(s => s.ClosedInYear).ToList();
        var leads = closed.Select(s => s.LeadDays).OfType<int>().Order().ToList();
        return new StandSignalFigures(
            raised.Count,
            closed.Count,
            signals.Count(s => s.MergedInYear),
            signals.Count(s => s.DeclinedInYear),
            raised.Count(s => s.PossiblyDiscriminatory),
            [.. SignalResolution.All.Select(kind => (kind, closed.Count(s => s.Resolution == kind)))],
            [.. raised.GroupBy(s => string.IsNullOrWhiteSpace(s.Law) ? null : s.Law.Trim()).Select(g => (g.Key, g.Count()))
                .OrderByDescending(g => g.Item2).ThenBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)],
            [.. signals.Where(s => SignalStatus.IsOpen(s.Status)).GroupBy(s => string.IsNullOrWhiteSpace(s.OwnerMt) ? null : s.OwnerMt)
                .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)],
            [.. Enumerable.Range(1, 12).Select(month => raised.Count(s => s.Raised.Month == month))],
            [.. Enumerable.Range(1, 12).Select(month => closed.Count(s => s.Closed!.Value.Month == month))],
            Percentile(leads, 0.5),
            Percentile(leads, 0.9));
    }

    /// <summary>The nearest-rank percentile of sorted values; the median of an even count is the mean of the middle two.</summary>
    public static double? Percentile(IReadOnlyList<int> sorted, double p)
    {
        if (sorted.Count == 0) return null;
        if (p == 0.5 && sorted.Count % 2 == 0) return (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
