namespace CasuistiekBot.Sessions;

/// <summary>An improvement or action point agreed in a session: scrubbed text, an owner from the directory, a due date.</summary>
public sealed class ActionPoint
{
    public Guid Id { get; set; }
    public Guid CasusId { get; set; }

    /// <summary>1, 2, … within the casus; "actiepunt 2 van CS-2026-0001" is how people refer to it.</summary>
    public int Number { get; set; }
    public required string Text { get; set; }
    public required string OwnerAadObjectId { get; set; }
    public required string OwnerName { get; set; }
    public DateOnly DueDate { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public long Version { get; set; }

    /// <summary>When the owner was last reminded of it; the cadence counts from here.</summary>
    public DateTimeOffset? LastRemindedAt { get; set; }

    /// <summary>Reminders sent after the due date; bounded by configuration.</summary>
    public int OverdueReminders { get; set; }

    /// <summary>When the coordinators were told it is long overdue; they are told once.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    public bool IsOwnedBy(string? aadObjectId) => string.Equals(OwnerAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Only the owner marks it done, and only once.</summary>
    public ActionPointChange MarkDone(string? by, DateTimeOffset at)
    {
        if (!IsOwnedBy(by)) return ActionPointChange.Refused(SessionsTextKeys.ActionpointNotOwner);
        if (Status == ActionPointStatus.Done) return ActionPointChange.Refused(SessionsTextKeys.ActionpointAlreadyDone);
        Status = ActionPointStatus.Done;
        DoneAt = at;
        Version++;
        return ActionPointChange.Done();
    }

    // Bookkeeping of the follow-up, not a change of the action point: the version stays, so the owner's cards (the
    // first one and every reminder) keep their "Afgerond" button working. A click racing a reminder still loses
    // nothing: the reminder's save carries the version it read and fails if the point was marked done meanwhile, and
    // the click drops waiting reminders only after its own save, which waits for a reminder pass holding the row.
    public void RecordReminder(DateTimeOffset at, bool overdue)
    {
        LastRemindedAt = at;
        if (overdue) OverdueReminders++;
    }

    public void RecordEscalation(DateTimeOffset at) => EscalatedAt = at;
}
