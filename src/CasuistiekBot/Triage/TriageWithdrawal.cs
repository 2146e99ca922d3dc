using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Triage;

/// <summary>
/// A casus withdrawn by its author: its triage card shows it (and loses its buttons), and the coordinators' channel is
/// told, with the author's reason but never the author.
/// </summary>
internal sealed class TriageWithdrawal(TriagePublisher publisher, IOutbox outbox, Texts texts, ChannelLanguage channel) : ICasusWithdrawnListener
{
    private string Language => channel.Value;

    public async Task OnWithdrawnAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken)
    {
        await publisher.RefreshAsync(db, casus, cancellationToken);
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (channel is null) return;
        var text = texts.Get(LocalizationTextKeys.TriageWithdrawn, Language, casus.Reference, casus.WithdrawnReason ?? "");
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation(
            $"triage-withdrawn:{casus.Id:N}", channel.ChannelId, channel.ConversationId, MessageFactory.Text(text)), cancellationToken);
    }
}
