using System.Globalization;
using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Panels.Meetings;

namespace CasuistiekBot.Panels;

/// <summary>
/// The panel card in the coordinators' channel: the proposal with reasons, each invitation's state, offers to replace
/// those who declined, and the controls to change the panel, set (or later move) the date and place, and send the invitations.
/// </summary>
internal sealed class PanelCards(CardTemplateStore templates, Texts texts, WorkingDayCalendar calendar, ChannelLanguage channel)
{
    private string Language => channel.Value;
    private const int MaxResults = 8;

    public JsonObject Render(Casus casus, Panel panel, IReadOnlyList<PanelMember> members, PanelSearch? search = null)
    {
        var draft = panel.Status == PanelStatus.Draft;
        // The same rule as the panel's buttons: once the casus is past scheduling (or withdrawn) the panel is read-only.
        var open = casus.Status is CasusStatus.InTriage or CasusStatus.Scheduled;
        var shown = members.Where(m => MemberStatus.IsSeated(m.Status) || m.Status == MemberStatus.Declined || m.OfferAadObjectId is not null)
            .OrderBy(m => SeatOrder(m.Seat)).ThenBy(m => m.Id).ToList();
        var involved = members.Where(m => m.Status == MemberStatus.Involved).Select(m => m.Name).ToList();
        var results = search?.Results.Take(MaxResults).ToList() ?? [];
        return templates.Bind(PanelCardNames.Panel, new
        {
            PanelId = panel.Id.ToString(),
            panel.Version,
            Nonce = CardNonce.New(),
            Title = T(PanelsTextKeys.PanelTitle, casus.Reference),
            StatusLine = StatusLine(casus, panel),
            Open = open,
            Facts = Facts(casus, panel),
            Members = shown.Select(m => new
            {
                Line = $"**{T(PanelsTextKeys.PanelSeatPrefix + m.Seat)}** · {m.Name} — {State(m)}",
                m.Reason,
                Removable = open && MemberStatus.IsSeated(m.Status),
                RemoveLabel = T(PanelsTextKeys.PanelLabelRemove, FirstName(m.Name)),
                MemberId = m.Id,
                HasOffer = open && m.OfferAadObjectId is not null,
                OfferText = T(PanelsTextKeys.PanelOffer, m.Name, m.OfferName ?? "", m.OfferReason ?? ""),
                OfferLabel = T(PanelsTextKeys.PanelLabelInvite, m.OfferName ?? ""),
            }),
            EmptySeats = PanelSeat.All.Where(seat => !members.Any(m => m.Seat == seat && MemberStatus.IsSeated(m.Status)))
                .Select(seat => new { Text = T(PanelsTextKeys.PanelEmptySeat, T(PanelsTextKeys.PanelSeatPrefix + seat).ToLowerInvariant()) }),
            HasInvolved = involved.Count > 0,
            Involved = T(PanelsTextKeys.PanelInvolvedLine, string.Join(", ", involved)),
            HasResults = results.Count > 0,
            ResultsTitle = T(PanelsTextKeys.PanelSearchResults, search?.Query ?? ""),
            Results = results.Select(p => new { Id = p.AadObjectId, Title = $"{p.Name} — {p.OrgUnit ?? "?"} — {string.Join(", ", p.RoleList.Select(Role))}" }),
            DefaultSeat = results.FirstOrDefault()?.RoleList.FirstOrDefault(PanelSeat.IsKnown) ?? PanelSeat.Expert,
            Seats = PanelSeat.All.Select(seat => new { Id = seat, Title = T(PanelsTextKeys.PanelSeatPrefix + seat) }),
            SearchNone = search is not null && results.Count == 0,
            SearchNoneText = T(PanelsTextKeys.PanelSearchNone, search?.Query ?? ""),
            Draft = draft && open,
            SessionDate = panel.SessionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            SessionTime = panel.SessionTime?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
            Place = panel.Place ?? "",
            // Asking the inbrenger to present: never for an anonymous casus, once, when the date is known.
            CanAskPresenter = open && casus.Visibility != CasusVisibility.Anonymous && panel.PresenterStatus is null && panel.IsScheduled,
            Labels = new
            {
                AskPresenter = T(PanelsMeetingsTextKeys.PanelPresenterOffer),
                Add = T(PanelsTextKeys.PanelLabelAdd), Search = T(PanelsTextKeys.PanelLabelSearch), SearchButton = T(PanelsTextKeys.PanelLabelSearchButton),
                Person = T(PanelsTextKeys.PanelLabelPerson), Seat = T(PanelsTextKeys.PanelLabelSeat), AddButton = T(PanelsTextKeys.PanelLabelAddButton),
                Involved = T(PanelsTextKeys.PanelLabelInvolved), Schedule = T(draft ? PanelsTextKeys.PanelLabelSchedule : PanelsTextKeys.PanelLabelReschedule), Date = T(PanelsTextKeys.PanelLabelDate),
                Time = T(PanelsTextKeys.PanelLabelTime), Place = T(PanelsTextKeys.PanelLabelPlace), Save = T(PanelsTextKeys.PanelLabelSave),
                Send = T(PanelsTextKeys.PanelLabelSend), Required = T(PanelsTextKeys.PanelLabelRequired),
            },
        });
    }

    private string StatusLine(Casus casus, Panel panel)
    {
        if (casus.Status == CasusStatus.Withdrawn) return T(PanelsTextKeys.PanelStatusWithdrawn);
        var line = panel.Status == PanelStatus.Draft ? T(PanelsTextKeys.PanelStatusConcept) : T(PanelsTextKeys.PanelStatusUitgenodigd, panel.InvitationsSentBy ?? "", At(panel.InvitationsSentAt));
        // A held objection shows as waiting: coordinators hear of any objection only at the deadline.
        return panel.PreviewStatus switch
        {
            AuthorPreview.Waiting or AuthorPreview.ObjectionHeld => $"{line}. {T(PanelsTextKeys.PanelStatusPreviewWaiting, At(panel.PreviewUntil))}",
            AuthorPreview.Objected => $"{line}. {T(PanelsTextKeys.PanelStatusPreviewObjected)}",
            AuthorPreview.WentAhead => $"{line}. {T(PanelsTextKeys.PanelStatusPreviewWentAhead)}",
            _ => line,
        };
    }

    private IEnumerable<object> Facts(Casus casus, Panel panel)
    {
        if (casus.Themes.Length > 0) yield return new { Label = T(PanelsTextKeys.PanelFactThemes), Value = casus.Themes.Replace(",", ", ") };
        if (!string.IsNullOrWhiteSpace(casus.OrgUnit)) yield return new { Label = T(PanelsTextKeys.PanelFactUnit), Value = casus.OrgUnit };
        yield return new { Label = T(PanelsTextKeys.PanelFactDate), Value = panel.SessionDate is { } d && panel.SessionTime is { } t ? SessionText.When(texts, Language, d, t) : T(PanelsTextKeys.PanelNotSet) };
        yield return new { Label = T(PanelsTextKeys.PanelFactPlace), Value = panel.Place ?? T(PanelsTextKeys.PanelNotSet) };
        if (panel.OnlineMeetingUrl is { } meeting) yield return new { Label = T(PanelsMeetingsTextKeys.PanelFactMeeting), Value = meeting };
        if (panel.PresenterStatus is { } presenter) yield return new { Label = T(PanelsMeetingsTextKeys.PanelPresenterFact), Value = T(PanelsMeetingsTextKeys.PanelPresenterPrefix + presenter) };
    }

    private string State(PanelMember member)
    {
        var state = member.Status == MemberStatus.Declined && !string.IsNullOrWhiteSpace(member.DeclineReason)
            ? T(PanelsTextKeys.PanelMemberKanNietReason, member.DeclineReason)
            : texts.Keys.Contains(PanelsTextKeys.PanelMemberPrefix + member.Status) ? T(PanelsTextKeys.PanelMemberPrefix + member.Status) : member.Status;
        return member.RemindedAt is { } reminded && member.Status == MemberStatus.Invited ? $"{state}; {T(PanelsTextKeys.PanelMemberReminded, At(reminded))}" : state;
    }

    private string Role(string role) => texts.Keys.Contains(PanelsTextKeys.PersonRolePrefix + role) ? T(PanelsTextKeys.PersonRolePrefix + role) : role;

    private static int SeatOrder(string seat) => seat switch { PanelSeat.Facilitator => 0, PanelSeat.LineManager => 1, _ => 2 };

    private static string FirstName(string name) => name.Split(' ', 2)[0];

    private string At(DateTimeOffset? at) => at is { } value
        ? Texts.Moment(value, calendar.TimeZone, Language)
        : "";

    private string T(string key, params object[] args) => texts.Get(key, Language, args);
}
