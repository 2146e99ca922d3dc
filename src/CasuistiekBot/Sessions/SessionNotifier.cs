using System.Text;
using CasuistiekBot.Cases;
using CasuistiekBot.Conversations;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>
/// Everything an outcome change tells others, queued in the caller's transaction: the author (in plain words, through
/// the bot, so an anonymous author stays anonymous), the owner of each action point, and the coordinators' channel.
/// </summary>
internal sealed class SessionNotifier(IOutbox outbox, AuthorMessenger authors, OutcomeCards cards, TriagePublisher triage, Texts texts)
{
    public Task TellAuthorOutcomeAsync(
        CasuistiekDbContext db, Casus casus, SessionOutcome outcome, IReadOnlyList<ActionPoint> points, IReadOnlyList<Signal> signals, CancellationToken cancellationToken)
    {
        var language = casus.Language;
        var text = new StringBuilder(texts.Get(SessionsTextKeys.SessionAuthorOutcome, language, casus.Reference, outcome.SharedView));
        text.Append("\n\n").Append(points.Count == 0 ? texts.Get(SessionsTextKeys.SessionAuthorOutcomeNoActions, language) : texts.Get(SessionsTextKeys.SessionAuthorOutcomeActions, language));
        foreach (var point in points) text.Append('\n').Append(texts.Get(SessionsTextKeys.SessionAuthorOutcomeAction, language, point.Number, point.Text, Date(point.DueDate, language)));
        text.Append("\n\n").Append(signals.Count == 0 ? texts.Get(SessionsTextKeys.SessionAuthorOutcomeNoSignals, language) : texts.Get(SessionsTextKeys.SessionAuthorOutcomeSignals, language));
        foreach (var signal in signals) text.Append('\n').Append(texts.Get(SessionsTextKeys.SessionAuthorOutcomeSignal, language, signal.Reference, signal.Title, Owner(signal)));
        text.Append("\n\n").Append(texts.Get(SessionsTextKeys.SessionAuthorOutcomeNext, language));
        return authors.EnqueueAsync(db, casus, "outcome", MessageFactory.Text(text.ToString()), cancellationToken);
    }

    public Task TellAuthorClosedAsync(CasuistiekDbContext db, Casus casus, string? reason, CancellationToken cancellationToken) =>
        authors.EnqueueAsync(db, casus, "closed", MessageFactory.Text(reason is null
            ? texts.Get(SessionsTextKeys.SessionAuthorClosed, casus.Language, casus.Reference)
            : texts.Get(SessionsTextKeys.SessionAuthorClosedByCoordinator, casus.Language, casus.Reference, reason)), cancellationToken);

    /// <summary>The owner's card in their 1:1 chat (created when the bot has none yet), in their language; later versions replace it.</summary>
    public async Task SendActionPointAsync(CasuistiekDbContext db, Casus casus, ActionPoint point, string tenantId, string serviceUrl, CancellationToken cancellationToken)
    {
        var language = await PersonLanguage.OfAsync(db, point.OwnerAadObjectId, cancellationToken);
        await outbox.EnqueueAsync(db, OutboxMessage.ToPerson(
            idempotencyKey: $"actionpoint:{point.Id:N}:v{point.Version}",
            aadObjectId: point.OwnerAadObjectId,
            tenantId: tenantId,
            serviceUrl: serviceUrl,
            activity: MessageFactory.Card(cards.ActionPointCard(casus, point, language)) with { Summary = texts.Get(SessionsTextKeys.ActionpointTitle, language, point.Number, casus.Reference), Locale = language },
            replacesKey: ActionPointKey(point)), cancellationToken);
    }

    /// <summary>The owner's one card of this action point: every later version, and a copy shown again, share it.</summary>
    public static string ActionPointKey(ActionPoint point) => $"actionpoint:{point.Id:N}";

    /// <summary>Refreshes the outcome card and the triage card in the coordinators' channel (when one is registered).</summary>
    public async Task PublishAsync(CasuistiekDbContext db, Casus casus, SessionOutcome outcome, CancellationToken cancellationToken)
    {
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (channel is null) return;
        var points = await SessionQueries.ActionPointsAsync(db, casus.Id, cancellationToken);
        var signals = await SignalQueries.OfCasusAsync(db, casus.Id, cancellationToken);
        var done = points.Count(p => p.Status == ActionPointStatus.Done);
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation(
            idempotencyKey: $"session:{casus.Id:N}:{channel.ConversationId}:v{casus.Version}:d{done}",
            channelId: channel.ChannelId,
            conversationId: channel.ConversationId,
            activity: MessageFactory.Card(cards.Summary(casus, outcome, points, signals)) with { Summary = casus.Reference },
            replacesKey: $"session:{casus.Id:N}"), cancellationToken);

        await triage.RefreshAsync(db, casus, cancellationToken);
    }

    private static string Owner(Signal signal) => signal.OwnerMt is { Length: > 0 } mt ? $"{signal.OwnerName} ({mt})" : signal.OwnerName;

    private static string Date(DateOnly date, string language) =>
        Texts.Day(date, language);
}
