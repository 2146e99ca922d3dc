using CasuistiekBot.Hearing;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Reporting;

/// <summary>
/// The Stand van de Uitvoering of one year, as every format renders it: the dilemmas discussed (scrubbed texts, no
/// author; an erased one by reference and tags only), the signals raised and closed with their figures, what each MT still has open, the feedback authors got,
/// and the "gehoord" scores. A casus erased after the retention period is only counted (<see cref="ErasedDilemmas"/>).
/// </summary>
public sealed record StandReport(
    int Year,
    DateTimeOffset AsOf,
    string? OnlyMt,
    int CasesRaised,
    IReadOnlyList<StandDilemma> Dilemmas,
    IReadOnlyList<StandSignal> Signals,
    StandSignalFigures Figures,
    HeardFigures HeardAuthors,
    HeardFigures HeardPanel)
{
    /// <summary>Coordinators see the whole register and the dilemmas; an MT member only the signals of their MT.</summary>
    public bool ShowsDilemmas => OnlyMt is null;

    /// <summary>The dilemmas whose texts are still kept; the others are counted in <see cref="ErasedDilemmas"/>.</summary>
    public IEnumerable<StandDilemma> KeptDilemmas => Dilemmas.Where(d => !d.Erased);

    public int ErasedDilemmas => Dilemmas.Count(d => d.Erased);

    /// <summary>The signals closed in the year whose author was told the outcome (they came from a casus).</summary>
    public IEnumerable<StandSignal> Feedback => Signals.Where(s => s.ClosedInYear && s.SourceCasus is not null && !string.IsNullOrWhiteSpace(s.Feedback));
}

/// <summary>A discussed casus: its scrubbed story cut to a summary, the shared view of the session, and the policy tags.</summary>
public sealed record StandDilemma(string Reference, DateOnly Discussed, string Summary, string SharedView, string Themes, string? Law, bool PossiblyDiscriminatory, bool Erased);

/// <summary>
/// One signal as the report lists it; <see cref="LeadDays"/> from raised to closed. A reported signal a keeper merged
/// (<see cref="MergedInto"/>) or declined (<see cref="DeclineReason"/>) ended without a resolution: it is never counted as closed.
/// </summary>
public sealed record StandSignal(
    string Reference, string Title, string Category, string? Law, bool PossiblyDiscriminatory, string? OwnerMt, string Status, string? Resolution,
    DateOnly Raised, DateOnly? Closed, int? LeadDays, string? Feedback, string? SourceCasus, bool RaisedInYear, bool EndedInYear,
    string? MergedInto = null, string? DeclineReason = null)
{
    /// <summary>Closed by its owner with a resolution in the year (not merged, not declined).</summary>
    public bool ClosedInYear => EndedInYear && Status == SignalStatus.Closed;

    public bool MergedInYear => EndedInYear && Status == SignalStatus.Merged;

    public bool DeclinedInYear => EndedInYear && Status == SignalStatus.Declined;
}

/// <summary>The signal figures of the year; <see cref="Closed"/> only those closed with a resolution, merged and declined apart.</summary>
public sealed record StandSignalFigures(
    int Raised,
    int Closed,
    int Merged,
    int Declined,
    int PossiblyDiscriminatory,
    IReadOnlyList<(string Kind, int Count)> ByResolution,
    IReadOnlyList<(string? Law, int Count)> ByLaw,
    IReadOnlyList<(string? Mt, int Count)> OpenPerMt,
    IReadOnlyList<int> RaisedPerMonth,
    IReadOnlyList<int> ClosedPerMonth,
    double? LeadMedianDays,
    double? LeadP90Days);
