using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels;

/// <summary>
/// The inbrenger of an anonymous casus sees the proposed panel privately before anyone is invited, and may object
/// without saying why. The suggestion knows nothing of them, so this is where their own manager is kept off: at the
/// deadline, silence counts as consent unless that manager is among those to be invited (<see cref="AuthorManagerCheck"/>,
/// asked then and never stored). Coordinators learn only that the inbrenger objects, always at the deadline, so an
/// explicit objection and a missing consent look the same. Every change is made in the caller's transaction.
/// </summary>
internal sealed class PanelPreviews(
    AuthorMessenger authors,
    AuthorManagerCheck managers,
    PreviewCards cards,
    PanelInviting inviting,
    PanelPublisher publisher,
    IOutbox outbox,
    WorkingDayCalendar calendar,
    IOptions<PanelsOptions> options,
    Texts texts)
{
    /// <summary>Sends the panel as it is now (its current version) to the inbrenger and starts the wait.</summary>
    public async Task StartAsync(
        CasuistiekDbContext db, Casus casus, Panel panel, IReadOnlyList<PanelMember> members, string requestedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        panel.PreviewStatus = AuthorPreview.Waiting;
        panel.PreviewUntil = now + options.Value.AuthorPreviewWait;
        panel.PreviewRequestedBy = requestedBy;
        var card = MessageFactory.Card(cards.Render(casus, panel, members)) with { Summary = casus.Reference };
        var summary = texts.Get(PanelsTextKeys.AuthorNewsPanelPreview, casus.Language);
        await authors.EnqueueAsync(db, casus, $"panel-preview:{panel.Id:N}:v{panel.Version}", card, cancellationToken, summary);
    }

    /// <summary>
    /// After a coordinator changed the panel: once invitations are out, people added since are shown to the inbrenger
    /// anew; a draft's pending preview lapses (its card is stale now) until the coordinator sends again.
    /// </summary>
    public async Task AfterChangeAsync(PanelContext c, CancellationToken cancellationToken)
    {
        if (c.Casus.Visibility != CasusVisibility.Anonymous) return;
        if (c.Panel.Status == PanelStatus.Invited && c.Members.Any(m => m.Status == MemberStatus.Proposed))
        {
            await StartAsync(c.Db, c.Casus, c.Panel, c.Members, c.Coordinator.Name ?? "", c.Now, cancellationToken);
        }
        else if (AuthorPreview.IsPending(c.Panel.PreviewStatus) || (c.Panel.Status == PanelStatus.Invited && c.Panel.PreviewStatus == AuthorPreview.Objected))
        {
            Lapse(c.Panel);
        }
    }

    /// <summary>The inbrenger objects: held, unseen by coordinators, until the deadline (<see cref="ExpireAsync"/>).</summary>
    public static void HoldObjection(Panel panel) => panel.PreviewStatus = AuthorPreview.ObjectionHeld;

    /// <summary>The inbrenger agreed (<paramref name="actor"/>) or the deadline passed without objection: the invitations go out.</summary>
    public async Task<CasusTransition?> GoAheadAsync(
        CasuistiekDbContext db, Casus casus, Panel panel, IReadOnlyList<PanelMember> members, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var proposed = members.Where(m => m.Status == MemberStatus.Proposed).Select(m => m.Name).ToList();
        panel.PreviewStatus = AuthorPreview.WentAhead;
        var refused = await inviting.InviteAsync(db, casus, panel, members, panel.PreviewRequestedBy ?? "", actor, now, cancellationToken);
        if (refused is not null) return refused;
        PanelAudit.Record(db, now, actor, casus, "uitnodigingen-verstuurd", string.Join(", ", proposed));
        await publisher.PublishAsync(db, casus, panel, members, "preview-ahead", cancellationToken);
        return null;
    }

    /// <summary>
    /// The deadline passed: a held objection, or the inbrenger's own manager among those to be invited without their
    /// "Akkoord", stops the invitations; otherwise they go out.
    /// </summary>
    public async Task<CasusTransition?> ExpireAsync(
        CasuistiekDbContext db, Casus casus, Panel panel, IReadOnlyList<PanelMember> members, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var toInvite = members.Where(m => m.Status == MemberStatus.Proposed).Select(m => m.AadObjectId).ToList();
        var objects = panel.PreviewStatus == AuthorPreview.ObjectionHeld || await managers.IsAmongAsync(casus, toInvite, cancellationToken);
        if (!objects) return await GoAheadAsync(db, casus, panel, members, Audit.System, now, cancellationToken);

        panel.PreviewStatus = AuthorPreview.Objected;
        // One entry and one notice, whatever the reason: neither may tell an objection from a missing consent.
        PanelAudit.Record(db, now, Audit.System, casus, "inbrenger-bezwaar");
        await publisher.PublishAsync(db, casus, panel, members, "preview-objected", cancellationToken);
        if (await CoordinatorChannels.ActiveAsync(db, cancellationToken) is { } channel)
        {
            await outbox.EnqueueAsync(db, OutboxMessage.ToConversation(
                idempotencyKey: $"panel-objection:{panel.Id:N}:v{panel.Version}",
                channelId: channel.ChannelId,
                conversationId: channel.ConversationId,
                activity: MessageFactory.Text(texts.Get(PanelsTextKeys.PanelPreviewObjectionNotice, "nl", casus.Reference))), cancellationToken);
        }
        return null;
    }

    /// <summary>The casus left triage (withdrawn, say) or the panel changed: the pending preview no longer applies.</summary>
    public static void Lapse(Panel panel) => (panel.PreviewStatus, panel.PreviewUntil) = (null, null);

    public string Until(Panel panel, string language = "nl") => PreviewTime.Format(calendar, language, panel.PreviewUntil);
}
