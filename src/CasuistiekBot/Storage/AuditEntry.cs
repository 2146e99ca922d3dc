namespace CasuistiekBot.Storage;

/// <summary>Who did what to which record, for accountability questions after the fact.</summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The AAD object id of the person, or "system" for scheduled work.</summary>
    public required string Actor { get; set; }
    public required string SubjectType { get; set; }
    public required string SubjectId { get; set; }
    public required string Action { get; set; }
    public string? Details { get; set; }
}
