namespace CasuistiekBot.Signals;

/// <summary>Counts over a set of signals, for the overview, the MT digest and the export's summary.</summary>
internal sealed record SignalFigures(
    int Open,
    IReadOnlyList<(string Key, int Count)> ByStatus,
    IReadOnlyList<(string Key, int Count)> ByOwner,
    IReadOnlyList<(string Key, int Count)> ByDirectorate,
    Signal? Oldest,
    IReadOnlyList<Signal> Overdue,
    int Closed,
    double? AverageLeadTimeWorkingDays,
    int ClosedWithAuthor,
    int AuthorsInformed)
{
    /// <summary>The share of closed signals with an inbrenger whose feedback was delivered; null when there are none.</summary>
    public double? FeedbackShare => ClosedWithAuthor == 0 ? null : (double)AuthorsInformed / ClosedWithAuthor;
}
