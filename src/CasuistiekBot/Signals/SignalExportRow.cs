namespace CasuistiekBot.Signals;

/// <summary>One signal in the export for the Stand van de Uitvoering. No author appears: only the casus reference.</summary>
internal sealed record SignalExportRow(
    string Reference,
    string Title,
    string Category,
    string Status,
    string Owner,
    string? Directorate,
    string DueDate,
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
    bool? AuthorInformed)
{
    /// <summary>The law or regulation concerned, one of the configured list.</summary>
    public string? Law { get; init; }

    public bool PossiblyDiscriminatory { get; init; }
}
