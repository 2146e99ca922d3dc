using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// Tells the coordinators' channel when the job could not create or update a panel's Teams meeting, and why in words
/// they can act on (a refusal by Graph usually means the app's access policy for the organiser is missing), so that they
/// put a link of their own as the place instead of waiting for one that will not come. The caller saves.
/// </summary>
internal sealed class MeetingNotices(IOutbox outbox, Texts texts)
{
    public async Task GaveUpAsync(CasuistiekDbContext db, Panel panel, string reference, bool creating, int status, string occasion, CancellationToken cancellationToken)
    {
        if (await CoordinatorChannels.ActiveAsync(db, cancellationToken) is not { } channel) return;
        var key = creating ? PanelsMeetingsTextKeys.MeetingCreateFailed : PanelsMeetingsTextKeys.MeetingUpdateFailed;
        var text = texts.Get(key, "nl", reference, Reason(status));
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation(
            idempotencyKey: $"meeting-failed:{panel.Id:N}:{occasion}",
            channelId: channel.ChannelId,
            conversationId: channel.ConversationId,
            activity: MessageFactory.Text(text)), cancellationToken);
    }

    private string Reason(int status) => status switch
    {
        401 or 403 => texts.Get(PanelsMeetingsTextKeys.MeetingReasonRefused, "nl", status),
        404 => texts.Get(PanelsMeetingsTextKeys.MeetingReasonGone, "nl"),
        0 => texts.Get(PanelsMeetingsTextKeys.MeetingReasonNoAnswer, "nl"),
        _ => texts.Get(PanelsMeetingsTextKeys.MeetingReasonStatus, "nl", status),
    };
}
