using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;
using CasuistiekBot.Panels.Meetings;

namespace CasuistiekBot.Panels;

/// <summary>
/// The invitation a panel member gets in their 1:1 chat: the scrubbed casus, when and where, who leads the session,
/// and the buttons to answer. The inbrenger's name shows only for a named casus. A reminder or a new date is announced
/// in a line on top.
/// </summary>
internal sealed class InvitationCards(CardTemplateStore templates, Texts texts, CalendarLinks calendarLinks, SessionTimes times)
{
    private const int StoryLength = 1200;

    /// <param name="refreshUserIds">The member's Teams id, when known: Teams then asks for the current card whenever they see it.</param>
    public JsonObject Render(
        Casus casus, Panel panel, PanelMember member, string? facilitator, string language, InvitationNotice notice = InvitationNotice.None,
        IReadOnlyList<string>? refreshUserIds = null)
    {
        // Withdrawn by its author: the session is off for everyone who was asked, whatever they answered.
        var cancelled = casus.Status == CasusStatus.Withdrawn && member.Status is not (MemberStatus.Removed or MemberStatus.Involved);
        var answer = cancelled ? (PanelsTextKeys.InvitationCancelled, "Warning") : member.Status switch
        {
            MemberStatus.Accepted => (PanelsTextKeys.InvitationAccepted, "Good"),
            MemberStatus.Declined => (PanelsTextKeys.InvitationDeclined, "Default"),
            MemberStatus.Removed or MemberStatus.Involved => (PanelsTextKeys.InvitationWithdrawn, "Warning"),
            _ => (null, "Default"),
        };
        // The calendar file and the Teams meeting, while the session is on for this member.
        var current = !cancelled && member.Status is not (MemberStatus.Removed or MemberStatus.Involved);
        var calendar = current ? calendarLinks.For(panel, times.Start(panel)) : null;
        var meeting = current ? panel.OnlineMeetingUrl : null;
        return templates.Bind(PanelCardNames.Invitation, new
        {
            InvitationId = member.Id,
            // The panel version the card shows: an answer on an older card (the date has moved since) changes nothing.
            panel.Version,
            NoticeKind = notice.ToString(),
            RefreshUserIds = refreshUserIds ?? [],
            // The line on top asks for an answer; once answered (or called off) it has said what it had to.
            HasNotice = notice != InvitationNotice.None && member.Status == MemberStatus.Invited && !cancelled,
            Notice = notice switch
            {
                InvitationNotice.Reminder => T(language, PanelsTextKeys.InvitationReminder, casus.Reference, When(panel, language)),
                InvitationNotice.Moved => T(language, PanelsTextKeys.InvitationMoved, casus.Reference, When(panel, language)),
                _ => "",
            },
            Title = T(language, PanelsTextKeys.InvitationTitle, casus.Reference),
            Intro = T(language, PanelsTextKeys.InvitationIntro, T(language, PanelsTextKeys.PersonRolePrefix + member.Seat)),
            Facts = Facts(casus, panel, facilitator, language),
            StoryLabel = T(language, PanelsTextKeys.InvitationStory),
            Story = casus.Story.Length > StoryLength ? casus.Story[..StoryLength] + "…" : casus.Story,
            Answered = answer.Item1 is not null,
            Answer = answer.Item1 is { } key ? T(language, key) : "",
            AnswerColor = answer.Item2,
            Open = member.Status == MemberStatus.Invited && !cancelled,
            HasCalendar = calendar is not null,
            CalendarUrl = calendar ?? "",
            HasMeeting = meeting is not null,
            MeetingUrl = meeting ?? "",
            Labels = new
            {
                Calendar = T(language, PanelsMeetingsTextKeys.InvitationCalendar), Meeting = T(language, PanelsMeetingsTextKeys.InvitationMeeting),
                Accept = T(language, PanelsTextKeys.InvitationAccept), Decline = T(language, PanelsTextKeys.InvitationDecline),
                DeclineReason = T(language, PanelsTextKeys.InvitationDeclineReason), DeclineSend = T(language, PanelsTextKeys.InvitationDeclineSend),
            },
        });
    }

    private IEnumerable<object> Facts(Casus casus, Panel panel, string? facilitator, string language)
    {
        yield return new { Label = T(language, PanelsTextKeys.InvitationFactWhen), Value = When(panel, language) };
        yield return new { Label = T(language, PanelsTextKeys.InvitationFactPlace), Value = panel.Place ?? "" };
        yield return new { Label = T(language, PanelsTextKeys.InvitationFactFacilitator), Value = facilitator ?? T(language, PanelsTextKeys.AuthorPanelNoFacilitator) };
        var author = casus.Visibility switch
        {
            CasusVisibility.Named => casus.AuthorName ?? "",
            CasusVisibility.Confidential => T(language, PanelsTextKeys.InvitationAuthorHidden),
            _ => T(language, PanelsTextKeys.InvitationAuthorAnonymous),
        };
        yield return new { Label = T(language, PanelsTextKeys.InvitationFactAuthor), Value = author };
        if (casus.Themes.Length > 0) yield return new { Label = T(language, PanelsTextKeys.InvitationFactThemes), Value = casus.Themes.Replace(",", ", ") };
    }

    private string When(Panel panel, string language) =>
        panel.SessionDate is { } date && panel.SessionTime is { } time ? SessionText.When(texts, language, date, time) : "";

    private string T(string language, string key, params object[] args) => texts.Get(key, language, args);
}

/// <summary>What the line on top of an invitation card announces, if anything.</summary>
internal enum InvitationNotice
{
    None,
    Reminder,
    Moved,
}
