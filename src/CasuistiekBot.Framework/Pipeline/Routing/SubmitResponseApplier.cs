using System.Text.Json;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>
/// An <c>Action.Submit</c> has no invoke reply, so a handler's answer is applied the way Teams would have applied it:
/// a card replaces the card that was clicked, a message is sent as text. Which card was clicked is only the sender's
/// word (<c>replyToId</c>), so a card is replaced only in a personal chat, where every card belongs to the person who
/// acts. In a channel or group chat a forged <c>replyToId</c> could otherwise put one person's answer over a card the
/// others share; there the answer is posted as a new message, and shared cards are kept current by the bot itself.
/// </summary>
internal static class SubmitResponseApplier
{
    public static async Task ApplyAsync(ITurnContext turn, InvokeResponse? response, CancellationToken cancellationToken)
    {
        if (response?.Body is not { } body) return;
        var type = body["type"]?.GetValue<string>();
        var value = body["value"];
        if (type == ContentTypes.AdaptiveCard && value is not null)
        {
            var card = new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(value) };
            var reply = turn.Activity.CreateReply() with { Attachments = [card] };
            if (turn.Activity.ReplyToId is { Length: > 0 } cardId && turn.Activity.IsPersonal())
            {
                var updated = await turn.UpdateAsync(reply with { Id = cardId, ReplyToId = null }, cancellationToken);
                if (updated.IsSent) return;
            }
            await turn.SendAsync(reply, cancellationToken);
        }
        else if (value is not null)
        {
            var text = type == ContentTypes.Error ? value["message"]?.GetValue<string>() : value.GetValue<string>();
            if (!string.IsNullOrEmpty(text)) await turn.SendAsync(turn.Activity.CreateReply(text), cancellationToken);
        }
    }
}
