using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// Tells the coordinators' channel when the job could not create, update or delete a panel's Teams meeting, and why in
/// words they can act on (a refusal by Graph usually means the app's access policy for the organiser is missing), so that
/// they put a link of their own as the place, or change or delete the meeting themselves. The caller saves.
/// </summary>
internal sealed class MeetingNotices(IOutbox outbox, Texts texts)
{
    /// <param name="failedKey">What failed: <see cref="PanelsMeetingsTextKeys.MeetingCreateFailed"/>, <c>MeetingUpdateFailed</c> or <c>MeetingDeleteFailed</c>.</param>
    /// <param name="occasion">Told once per panel and occasion (the creation, one change, the deletion).</param>
    public async Task GaveUpAsync(CasuistiekDbContext db, Guid panelId, string failedKey, int status, string occasion, CancellationToken cancellationToken)
    {
        if (await CoordinatorChannels.ActiveAsync(db, cancellationToken) is not { } channel) return;
        var casusId = await db.Set<Panel>().Where(p => p.Id == panelId).Select(p => p.CasusId).FirstAsync(cancellationToken);
        var reference = (await CasusLookup.GetAsync(db, casusId, cancellationToken)).Reference;
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation(
            idempotencyKey: $"meeting-failed:{panelId:N}:{occasion}",
            channelId: channel.ChannelId,
            conversationId: channel.ConversationId,
            activity: MessageFactory.Text(texts.Get(failedKey, "nl", reference, Reason(status)))), cancellationToken);
    }

    private string Reason(int status) => status switch
    {
        401 or 403 => texts.Get(PanelsMeetingsTextKeys.MeetingReasonRefused, "nl", status),
        404 => texts.Get(PanelsMeetingsTextKeys.MeetingReasonGone, "nl"),
        0 => texts.Get(PanelsMeetingsTextKeys.MeetingReasonNoAnswer, "nl"),
        _ => texts.Get(PanelsMeetingsTextKeys.MeetingReasonStatus, "nl", status),
    };
}
