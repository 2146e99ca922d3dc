using System.Globalization;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Panels;

/// <summary>
/// The coordinator's changes to a panel: remove, add, mark as involved, set date and place, and take up a suggested
/// replacement. Each either refuses (and changes nothing) or changes the tracked records for the caller to save.
/// Once the invitations are out, a person added is invited at once (for an anonymous casus once its inbrenger has seen
/// them) and a person removed gets their card withdrawn.
/// </summary>
internal sealed class PanelChanges(
    PanelConflicts conflicts,
    ReplacementOffers offers,
    InvitationSender invitations,
    PersonalDataScrubber scrubber,
    WorkingDayCalendar calendar,
    Texts texts)
{
    public async Task<PanelOutcome> RemoveAsync(PanelContext c, CardAction action, CancellationToken cancellationToken)
    {
        var member = Member(c, action);
        if (member is null || !MemberStatus.IsSeated(member.Status)) return Refuse(c, PanelsTextKeys.PanelUnknownMember);
        await VacateAsync(c, member, cancellationToken);
        return PanelOutcome.Done("panel-lid-verwijderd", $"{member.Name} ({member.Seat})");
    }

    public async Task<PanelOutcome> AddAsync(PanelContext c, CardAction action, CancellationToken cancellationToken)
    {
        var seat = action.GetString("seat");
        if (!PanelSeat.IsKnown(seat)) return Refuse(c, PanelsTextKeys.PanelUnknownSeat);
        if (await FindPersonAsync(c, action.GetString("personId"), cancellationToken) is not { } person) return Refuse(c, PanelsTextKeys.PanelUnknownPerson);
        if (Seated(c, person.AadObjectId) is not null) return PanelOutcome.Refuse(T(c, PanelsTextKeys.PanelAlreadyOnPanel, person.Name));
        if (await conflicts.CheckAsync(c.Db, c.Casus, c.Panel, c.Members, person, seat!, c.Turn.Language, cancellationToken) is { } conflict)
        {
            return PanelOutcome.Refuse(conflict);
        }
        await SeatAsync(c, person, seat!, texts.Get(PanelsTextKeys.PanelReasonAdded, "nl", c.Coordinator.Name ?? ""), cancellationToken);
        return PanelOutcome.Done("panel-lid-toegevoegd", $"{person.Name} ({seat})");
    }

    public async Task<PanelOutcome> MarkInvolvedAsync(PanelContext c, CardAction action, CancellationToken cancellationToken)
    {
        if (await FindPersonAsync(c, action.GetString("personId"), cancellationToken) is not { } person) return Refuse(c, PanelsTextKeys.PanelUnknownPerson);
        if (c.Members.Any(m => m.Status == MemberStatus.Involved && Same(m.AadObjectId, person.AadObjectId)))
        {
            return PanelOutcome.Refuse(T(c, PanelsTextKeys.PanelConflict, person.Name, T(c, PanelsTextKeys.PanelConflictInvolved)));
        }
        var seated = Seated(c, person.AadObjectId);
        var involved = new PanelMember
        {
            PanelId = c.Panel.Id, AadObjectId = person.AadObjectId, Name = person.Name, Seat = seated?.Seat ?? "",
            Status = MemberStatus.Involved, Reason = texts.Get(PanelsTextKeys.PanelReasonInvolved, "nl", c.Coordinator.Name ?? ""), AddedAt = c.Now, Nonce = c.Nonce,
        };
        c.Db.Add(involved);
        c.Members.Add(involved);
        if (seated is not null) await VacateAsync(c, seated, cancellationToken);
        return PanelOutcome.Done("panel-betrokkene-gemarkeerd", person.Name);
    }

    /// <summary>Date, time and place of a panel whose invitations have not gone out yet (see <see cref="PanelRescheduling"/> after).</summary>
    public PanelOutcome Schedule(PanelContext c, CardAction action)
    {
        var (slot, refusal) = SessionSlot.Read(action, scrubber, calendar.LocalDate(c.Now));
        if (slot is null) return Refuse(c, refusal!);
        slot.ApplyTo(c.Panel);
        return PanelOutcome.Done("panel-datum-gekozen", slot.ToString());
    }

    public async Task<PanelOutcome> ReplaceAsync(PanelContext c, CardAction action, CancellationToken cancellationToken)
    {
        var vacated = Member(c, action);
        if (vacated?.OfferAadObjectId is not { } offered) return Refuse(c, PanelsTextKeys.PanelNotOffered);
        var person = await FindPersonAsync(c, offered, cancellationToken);
        if (person is null || Seated(c, offered) is not null
            || await conflicts.CheckAsync(c.Db, c.Casus, c.Panel, c.Members, person, vacated.Seat, c.Turn.Language, cancellationToken) is not null)
        {
            return Refuse(c, PanelsTextKeys.PanelOfferGone);
        }
        var reason = texts.Get(PanelsTextKeys.PanelReasonReplacement, "nl", vacated.Name, vacated.OfferReason ?? "");
        vacated.ClearOffer();
        await SeatAsync(c, person, vacated.Seat, reason, cancellationToken);
        return PanelOutcome.Done(c.Panel.Status == PanelStatus.Invited ? "vervanger-uitgenodigd" : "vervanger-toegevoegd", $"{person.Name} in plaats van {vacated.Name}");
    }

    private async Task SeatAsync(PanelContext c, Person person, string seat, string reason, CancellationToken cancellationToken)
    {
        var member = new PanelMember
        {
            PanelId = c.Panel.Id, AadObjectId = person.AadObjectId, Name = person.Name, Seat = seat,
            Status = MemberStatus.Proposed, Reason = reason, AddedAt = c.Now, Nonce = c.Nonce,
        };
        c.Db.Add(member);
        c.Members.Add(member);
        // Someone added to an anonymous casus' panel waits until its inbrenger has seen them (PanelPreviews).
        if (c.Panel.Status != PanelStatus.Invited || c.Casus.Visibility == CasusVisibility.Anonymous) return;
        await c.Db.SaveChangesAsync(cancellationToken);   // the invitation card carries the member's id
        member.Invite(c.Now);
        await invitations.InviteAsync(c.Db, c.Casus, c.Panel, member, c.Members, cancellationToken);
    }

    private async Task VacateAsync(PanelContext c, PanelMember member, CancellationToken cancellationToken)
    {
        var wasInvited = member.Status != MemberStatus.Proposed;
        member.Remove();
        if (wasInvited) await invitations.WithdrawAsync(c.Db, c.Casus, c.Panel, member, c.Members, cancellationToken);
        await offers.OfferAsync(c.Db, c.Casus, c.Panel, c.Members, member, cancellationToken);
    }

    private static PanelMember? Member(PanelContext c, CardAction action) =>
        long.TryParse(action.GetString("memberId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? c.Members.FirstOrDefault(m => m.Id == id) : null;

    private static PanelMember? Seated(PanelContext c, string aadObjectId) =>
        c.Members.FirstOrDefault(m => MemberStatus.IsSeated(m.Status) && Same(m.AadObjectId, aadObjectId));

    private static async Task<Person?> FindPersonAsync(PanelContext c, string? aadObjectId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(aadObjectId) ? null
            : await PersonQueries.FindAsync(c.Db, aadObjectId.Trim().ToLowerInvariant(), cancellationToken);

    private PanelOutcome Refuse(PanelContext c, string key) => PanelOutcome.Refuse(T(c, key));

    private string T(PanelContext c, string key, params object[] args) => texts.Get(key, c.Turn, args);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
