using System.ComponentModel.DataAnnotations;

namespace CasuistiekBot.Panels;

/// <summary>Section <c>Panels</c>: when invitees who have not answered get a reminder, how long an anonymous inbrenger may look at their panel, and how far back "recent panels" reach.</summary>
public sealed class PanelsOptions
{
    /// <summary>Whole days count as working days (weekends and holidays skipped); the rest is clock time. Default: 2 working days.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "60.00:00:00")]
    public TimeSpan InvitationReminderAfter { get; set; } = TimeSpan.FromDays(2);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long the inbrenger of an anonymous casus has to look at the proposed panel before the invitations go out
    /// without their answer (clock time). Default: 48 hours.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "14.00:00:00")]
    public TimeSpan AuthorPreviewWait { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Panels invited to within this window count as recent when spreading the load.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "730.00:00:00")]
    public TimeSpan LoadWindow { get; set; } = TimeSpan.FromDays(90);
}
