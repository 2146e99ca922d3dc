using CasuistiekBot.Cases;
using CasuistiekBot.Conversations;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Panels;
using CasuistiekBot.Sessions;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Hearing;

/// <summary>
/// Once the outcome is recorded: the inbrenger is asked "Voelde je je gehoord?" through <see cref="AuthorMessenger"/>
/// (the only way back to an author, anonymous or not), and each panel member who took part gets the shorter card in
/// their own chat. Queued in the outcome's transaction.
/// </summary>
internal sealed class HeardAsking(AuthorMessenger authors, IOutbox outbox, HeardCards cards, Texts texts) : IOutcomeRecordedListener
{
    public async Task OnRecordedAsync(CasuistiekDbContext db, Casus casus, string tenantId, string serviceUrl, CancellationToken cancellationToken)
    {
        var question = texts.Get(HearingTextKeys.HeardSummary, casus.Language, casus.Reference);
        await authors.EnqueueAsync(db, casus, "heard", MessageFactory.Card(cards.ForAuthor(casus)) with { Summary = question }, cancellationToken, summary: question);

        foreach (var (aadObjectId, _) in await PanelAttendees.OfCasusAsync(db, casus.Id, cancellationToken))
        {
            var language = await PersonLanguage.OfAsync(db, aadObjectId, cancellationToken);
            await outbox.EnqueueAsync(db, OutboxMessage.ToPerson(
                idempotencyKey: $"heard:{casus.Id:N}:{aadObjectId}",
                aadObjectId: aadObjectId,
                tenantId: tenantId,
                serviceUrl: serviceUrl,
                activity: MessageFactory.Card(cards.ForPanel(casus, language)) with { Summary = texts.Get(HearingTextKeys.HeardSummary, language, casus.Reference), Locale = language }),
                cancellationToken);
        }
    }
}
