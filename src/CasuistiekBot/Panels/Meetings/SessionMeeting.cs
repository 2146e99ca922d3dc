namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// The Teams meeting of one panel as the background job sees it: claimed by one instance at a time (<see cref="LeasedUntil"/>
/// and the concurrency <see cref="Version"/>), tried again at <see cref="NextAttemptAt"/>, and done once
/// <see cref="GraphMeetingId"/> is set. The join URL itself is kept on the panel, where the cards read it. When the
/// session is called off (the casus withdrawn), the job deletes the meeting and is done once <see cref="DeletedAt"/> or
/// <see cref="DeleteGaveUpAt"/> is set.
/// </summary>
public sealed class SessionMeeting
{
    public Guid PanelId { get; set; }
    public string? GraphMeetingId { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? LeasedUntil { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The meeting's join URL as Graph returned it; copied onto the panel and the cards at <see cref="PublishedAt"/>.</summary>
    public string? JoinUrl { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Set when the job gave up (a refusal, or too many failures); a coordinator can still type a link as the place.</summary>
    public DateTimeOffset? GaveUpAt { get; set; }

    /// <summary>The HTTP status of the last failed attempt, for the log and support; never a message from Graph.</summary>
    public int? LastStatus { get; set; }

    /// <summary>
    /// The <see cref="MeetingPlan.Fingerprint"/> Graph last accepted (times and attendees). When the panel moves or its
    /// members change, the job updates the meeting until they agree again.
    /// </summary>
    public string? SyncedFingerprint { get; set; }

    /// <summary>Failed attempts to update the meeting since the last change that Graph accepted.</summary>
    public int UpdateFailures { get; set; }

    /// <summary>The meeting was deleted in Teams after the session was called off, or Graph said it was gone already.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Set when the job gave up deleting the called-off session's meeting; the coordinators were told to delete it themselves.</summary>
    public DateTimeOffset? DeleteGaveUpAt { get; set; }

    /// <summary>Failed attempts to delete the meeting.</summary>
    public int DeleteFailures { get; set; }

    public long Version { get; set; }
}
