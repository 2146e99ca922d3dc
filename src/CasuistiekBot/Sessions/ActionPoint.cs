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
}
