namespace CasuistiekBot.Signals;

/// <summary>One signal in the export for the Stand van de Uitvoering. No author or reporter appears: only the casus reference and where the signal came from.</summary>
internal sealed record SignalExportRow(
    string Reference,
    string Title,
    string Category,
    string Status,
    string Owner,
    string? Directorate,
    string? DueDate,
    string Registered,
    string? Closed,
    string? Resolution,
    string? ResolutionText,
    string? Motivation,
    int? LeadTimeWorkingDays,
    bool Overdue,
    int Reminders,
    bool Escalated,
    string? SourceCasus,
    bool? AuthorInformed,
    string Source,
    string? SourceDescription)
{
    /// <summary>The law or regulation concerned, one of the configured list.</summary>
    public string? Law { get; init; }

    public bool PossiblyDiscriminatory { get; init; }

    /// <summary>Reported by an employee and not yet accepted, merged or declined by a signal keeper: no owner yet.</summary>
    public bool AwaitingKeeper { get; init; }
}
