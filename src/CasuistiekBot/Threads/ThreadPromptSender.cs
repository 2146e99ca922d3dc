using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Threads;

/// <summary>
/// The coordinators' prompt to raise a signal for a rode draad: which cases are alike (references only) and a button
/// that opens the new-signal form, filled in and linked to those cases. Sent through the outbox in the caller's transaction.
/// </summary>
internal sealed class ThreadPromptSender(IOutbox outbox, CardTemplateStore templates, Texts texts, ChannelLanguage channel)
{
    public async Task<Action<Casus>?> PrepareAsync(CasuistiekDbContext db, IReadOnlyList<SimilarItem> earlier, CancellationToken cancellationToken)
    {
        var coordinators = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (coordinators is null) return null;
        return numbered =>
        {
            var references = earlier.Select(e => e.Reference).Order(StringComparer.Ordinal).ToList();
            var card = templates.Bind(ThreadsCardNames.Prompt, new
            {
                Heading = T(ThreadsTextKeys.ThreadsPromptHeading),
                Text = T(ThreadsTextKeys.ThreadsPromptText, numbered.Reference, Join(references)),
                Raise = T(ThreadsTextKeys.ThreadsPromptRaise),
                Cases = string.Join(',', references.Prepend(numbered.Reference)),
            });
            var message = MessageFactory.Card(card) with { Summary = T(ThreadsTextKeys.ThreadsPromptHeading) };
            outbox.EnqueueNew(db, OutboxMessage.ToConversation($"thread-prompt:{numbered.Id:N}", coordinators.ChannelId, coordinators.ConversationId, message));
        };
    }

    private string Join(IReadOnlyList<string> references) =>
        references.Count == 1 ? references[0] : T(ThreadsTextKeys.ThreadsAnd, string.Join(", ", references.Take(references.Count - 1)), references[^1]);

    private string T(string key, params object[] args) => texts.Get(key, channel.Value, args);
}
