namespace CasuistiekBot.Panels;

/// <summary>The group tailored to one casus for the Spreekuur: when and where it meets, and whether invitations went out.</summary>
public sealed class Panel
{
    public Guid Id { get; set; }
    public Guid CasusId { get; set; }
    public required string Status { get; set; }
    public DateOnly? SessionDate { get; set; }
    public TimeOnly? SessionTime { get; set; }

    /// <summary>A room or a meeting link, scrubbed like every typed text.</summary>
    public string? Place { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? InvitationsSentAt { get; set; }
    public string? InvitationsSentBy { get; set; }

    /// <summary>
    /// For an anonymous casus: where the inbrenger's private look at the proposed panel stands (<see cref="AuthorPreview"/>
    /// values), until when they may answer, and which coordinator asked to send. Never why an objection was made.
    /// </summary>
    public string? PreviewStatus { get; set; }
    public DateTimeOffset? PreviewUntil { get; set; }
    public string? PreviewRequestedBy { get; set; }

    /// <summary>The Teams meeting the bot created for the session (Graph configured), shown on the invitation and in the calendar file.</summary>
    public string? OnlineMeetingUrl { get; set; }

    /// <summary>Whether the inbrenger was asked to present their casus and what they answered (<see cref="Meetings.PresenterStatus"/>).</summary>
    public string? PresenterStatus { get; set; }

    /// <summary>
    /// The Entra object id of the inbrenger once they said they will present, so the Teams meeting can invite them; only
    /// for a named or confidential casus (an anonymous one is never asked), cleared when they decline.
    /// </summary>
    public string? PresenterObjectId { get; set; }

    /// <summary>Every change raises it; a card showing an older version is not acted on.</summary>
    public long Version { get; set; }

    public bool IsScheduled => SessionDate is not null && SessionTime is not null && !string.IsNullOrWhiteSpace(Place);
}
