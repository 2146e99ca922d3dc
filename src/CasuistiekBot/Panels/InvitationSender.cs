using CasuistiekBot.Cases;
using CasuistiekBot.Conversations;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>
/// Queues invitation cards to panel members' 1:1 chats in the caller's transaction. A person the bot has never spoken
/// to gets a chat created, addressed through the coordinators' channel's tenant and service. Later messages about the
/// same invitation (withdrawn) update the card; a reminder is a message of its own so that it notifies. Each card is
/// written in the member's own Teams language as far as the bot knows it.
/// </summary>
internal sealed class InvitationSender(IOutbox outbox, InvitationCards cards, Texts texts)
{
    public Task InviteAsync(CasuistiekDbContext db, Casus casus, Panel panel, PanelMember member, IReadOnlyList<PanelMember> members, CancellationToken cancellationToken) =>
        SendAsync(db, member, $"panel-invitation:{member.Id}", CardKey(member),
            (language, refresh) => cards.Render(casus, panel, member, Facilitator(members), language, refreshUserIds: refresh), casus.Reference, cancellationToken);

    public Task WithdrawAsync(CasuistiekDbContext db, Casus casus, Panel panel, PanelMember member, IReadOnlyList<PanelMember> members, CancellationToken cancellationToken) =>
        SendAsync(db, member, $"panel-invitation:{member.Id}:withdrawn", CardKey(member),
            (language, refresh) => cards.Render(casus, panel, member, Facilitator(members), language, refreshUserIds: refresh), casus.Reference, cancellationToken);

    /// <returns>False when this reminder was already queued (by this or another instance).</returns>
    public Task<bool> RemindAsync(CasuistiekDbContext db, Casus casus, Panel panel, PanelMember member, IReadOnlyList<PanelMember> members, CancellationToken cancellationToken) =>
        SendAsync(db, member, $"panel-reminder:{member.Id}:{Round(member)}", $"invitation-reminder:{member.Id}:{Round(member)}",
            (language, refresh) => cards.Render(casus, panel, member, Facilitator(members), language, InvitationNotice.Reminder, refresh), casus.Reference, cancellationToken);

    /// <summary>The session's Teams meeting was created: the invitation card shows its link. Updates the card, no new message.</summary>
    public Task MeetingAsync(CasuistiekDbContext db, Casus casus, Panel panel, PanelMember member, IReadOnlyList<PanelMember> members, CancellationToken cancellationToken) =>
        SendAsync(db, member, $"panel-invitation:{member.Id}:meeting", CardKey(member),
            (language, refresh) => cards.Render(casus, panel, member, Facilitator(members), language, refreshUserIds: refresh), casus.Reference, cancellationToken);

    /// <summary>
    /// After the date or place changed: the original card shows the new date and asks again, and a new card announces
    /// the change so that it notifies. <paramref name="change"/> tells one change from the next.
    /// </summary>
    public async Task MovedAsync(CasuistiekDbContext db, Casus casus, Panel panel, PanelMember member, IReadOnlyList<PanelMember> members, long change, CancellationToken cancellationToken)
    {
        await SendAsync(db, member, $"panel-invitation:{member.Id}:moved:{change}", CardKey(member),
            (language, refresh) => cards.Render(casus, panel, member, Facilitator(members), language, refreshUserIds: refresh), casus.Reference, cancellationToken);
        await SendAsync(db, member, $"panel-moved:{member.Id}:{change}", $"invitation-moved:{member.Id}:{change}",
            (language, refresh) => cards.Render(casus, panel, member, Facilitator(members), language, InvitationNotice.Moved, refresh), casus.Reference, cancellationToken);
    }

    /// <summary>
    /// The casus was withdrawn: reminders and notices not sent yet are dropped, the invitation card shows that the session
    /// is off, and a message says so, so that it notifies. Neither names the author.
    /// </summary>
    public async Task CancelledAsync(CasuistiekDbContext db, Casus casus, Panel panel, PanelMember member, IReadOnlyList<PanelMember> members, CancellationToken cancellationToken)
    {
        await outbox.CancelPendingAsync(db, OutboxKey.Of("panel-reminder", member.Id), null, cancellationToken);
        await outbox.CancelPendingAsync(db, OutboxKey.Of("panel-moved", member.Id), null, cancellationToken);
        await SendAsync(db, member, $"panel-invitation:{member.Id}:cancelled", CardKey(member),
            (language, refresh) => cards.Render(casus, panel, member, Facilitator(members), language, refreshUserIds: refresh), casus.Reference, cancellationToken);
        var language = await PersonLanguage.OfAsync(db, member.AadObjectId, cancellationToken);
        var when = panel.SessionDate is { } date && panel.SessionTime is { } time ? SessionText.When(texts, language, date, time) : "";
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        await outbox.EnqueueAsync(db, OutboxMessage.ToPerson(
            idempotencyKey: $"panel-cancelled:{member.Id}",
            aadObjectId: member.AadObjectId,
            tenantId: channel?.TenantId ?? "",
            serviceUrl: channel?.ServiceUrl ?? "",
            activity: MessageFactory.Text(texts.Get(PanelsTextKeys.InvitationCancelledNotice, language, casus.Reference, when)) with { Locale = language }), cancellationToken);
    }

    /// <summary>Which invitation round a reminder belongs to: asked again after a new date, a member may be reminded again.</summary>
    private static long Round(PanelMember member) => member.InvitedAt?.ToUnixTimeMilliseconds() ?? 0;

    /// <summary>The person's one invitation card: the withdrawal, and a copy shown again ("mijn uitnodigingen"), share it.</summary>
    public static string CardKey(PanelMember member) => $"invitation:{member.Id}";

    public static string? Facilitator(IReadOnlyList<PanelMember> members) =>
        members.Where(m => m.Seat == PanelSeat.Facilitator && MemberStatus.IsSeated(m.Status))
            .OrderByDescending(m => m.Status == MemberStatus.Accepted).ThenBy(m => m.Id).FirstOrDefault()?.Name;

    private async Task<bool> SendAsync(
        CasuistiekDbContext db, PanelMember member, string key, string replacesKey, Func<string, IReadOnlyList<string>, System.Text.Json.Nodes.JsonObject> render, string summary, CancellationToken cancellationToken)
    {
        var language = await PersonLanguage.OfAsync(db, member.AadObjectId, cancellationToken);
        string[] refresh = await PersonTeamsId.OfAsync(db, member.AadObjectId, cancellationToken) is { } teamsId ? [teamsId] : [];
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        return await outbox.EnqueueAsync(db, OutboxMessage.ToPerson(
            idempotencyKey: key,
            aadObjectId: member.AadObjectId,
            tenantId: channel?.TenantId ?? "",
            serviceUrl: channel?.ServiceUrl ?? "",
            activity: MessageFactory.Card(render(language, refresh)) with { Summary = summary, Locale = language },
            replacesKey: replacesKey), cancellationToken);
    }
}
