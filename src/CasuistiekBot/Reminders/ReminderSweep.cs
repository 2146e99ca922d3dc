using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Reminders;

/// <summary>
/// One pass over the open signals: every signal whose next reminder (<see cref="ReminderCadence"/>) is due gets a
/// reminder card in the chat of its behandelaar, or of its owner when there is none, through the outbox, in one transaction with the signal's bookkeeping. The outbox
/// key names the signal and the owner's local day, so instances running the same pass send each reminder once; an
/// earlier reminder still waiting in the outbox is dropped, so they never stack.
/// </summary>
internal sealed class ReminderSweep(
    IDbContextFactory<CasuistiekDbContext> databases,
    SignalPublisher publisher,
    SignalCards cards,
    SignalPeople people,
    Escalation escalation,
    IOutbox outbox,
    WorkingDayCalendar calendar,
    IOptions<ReminderOptions> options,
    Texts texts,
    TimeProvider clock,
    ProductMetrics metrics,
    ILogger<ReminderSweep> logger)
{
    /// <returns>The number of reminders queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        List<Guid> ids;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            ids = await SignalQueries.OpenIdsAsync(db, cancellationToken);
        }
        var sent = 0;
        foreach (var id in ids)
        {
            try
            {
                if (await RemindAsync(id, cancellationToken)) sent++;
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
            {
                // Another instance sent this reminder, or the owner changed the signal meanwhile: the next pass decides again.
                logger.LogInformation("Reminder for signal {SignalId} left to the instance or change that came first", id);
            }
        }
        return sent;
    }

    private async Task<bool> RemindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var signal = await SignalQueries.FindForChangeAsync(db, id, cancellationToken);
        if (signal is null) return false;
        var address = await people.AddressAsync(db, signal.WorkerAadObjectId, cancellationToken);
        if (address is null) return false;
        var zone = OwnerZone(address.TimeZone);
        var now = clock.GetUtcNow();
        var due = ReminderCadence.Next(ReminderFacts.Of(signal, zone), calendar, options.Value, now);
        if (due is null || due.At > now) return false;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reason = Reason(due, address.Language);
        var key = SignalPublisher.Reminders(signal).Then(ReminderCadence.Day(due.At, zone));
        var view = signal.HandlerAadObjectId is null ? SignalView.Owner : SignalView.Handler;
        var model = await publisher.CardModelAsync(db, signal, view, address.Language, reason, cancellationToken);
        var card = MessageFactory.Card(cards.Render(model)) with { Summary = $"{signal.Reference}: {reason}", Locale = address.Language };
        if (!await outbox.EnqueueAsync(db, OutboxMessage.ToPerson(key.Value, address.AadObjectId, address.TenantId, address.ServiceUrl, card, address.UserId), cancellationToken)) return false;
        await outbox.CancelPendingAsync(db, SignalPublisher.Reminders(signal), key, cancellationToken);

        signal.RecordReminder(now, due.Overdue);
        Audit.Record(db, now, Audit.System, "signaal", signal.Reference, "herinnering", texts.Get(ReasonKey(due.Reason), "nl", due.Days));
        var escalates = signal.OverdueReminders >= options.Value.EscalateAfterOverdueReminders && signal.EscalatedAt is null;
        if (escalates) await escalation.EscalateAsync(db, signal, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.ReminderSent("reminder");
        if (escalates) metrics.ReminderSent("escalation");
        logger.LogInformation("Reminder queued for signal {Reference} ({Reason})", signal.Reference, due.Reason);
        return true;
    }

    public string Reason(ReminderDue due, string language) => texts.Get(ReasonKey(due.Reason), language, due.Days);

    private static string ReasonKey(ReminderReason reason) => reason switch
    {
        ReminderReason.NoUpdate => SignalsTextKeys.SignalReasonNoUpdate,
        ReminderReason.DueSoon => SignalsTextKeys.SignalReasonDueSoon,
        ReminderReason.DueToday => SignalsTextKeys.SignalReasonDueToday,
        _ => SignalsTextKeys.SignalReasonOverdue,
    };

    private TimeZoneInfo OwnerZone(string? timeZone)
    {
        if (timeZone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)) return zone;
        return TimeZoneInfo.FindSystemTimeZoneById(options.Value.DefaultTimeZone);
    }
}
