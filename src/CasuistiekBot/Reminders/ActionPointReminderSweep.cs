using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Reminders;

/// <summary>
/// One pass over the open action points of discussed cases, the way <see cref="ReminderSweep"/> goes over signals: an
/// owner whose reminder is due (<see cref="ActionPointCadence"/>) gets the action-point card with the reason on top and
/// its "Afgerond" button, and a point long overdue is escalated to the coordinators, each in one transaction with the
/// point's bookkeeping. Outbox keys name the point and the owner's local day, so instances running the same pass send
/// each reminder once; an earlier reminder still waiting is dropped. A casus closed or erased ends its reminders.
/// </summary>
internal sealed class ActionPointReminderSweep(
    IDbContextFactory<CasuistiekDbContext> databases,
    OutcomeCards cards,
    SignalPeople people,
    ActionPointEscalation escalation,
    IOutbox outbox,
    WorkingDayCalendar calendar,
    IOptions<ReminderOptions> reminders,
    IOptions<ActionPointReminderOptions> options,
    Texts texts,
    TimeProvider clock,
    ProductMetrics metrics,
    ILogger<ActionPointReminderSweep> logger)
{
    /// <returns>The number of reminders and escalations queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return 0;
        List<(Guid Id, Guid CasusId)> open;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            open = await SessionQueries.OpenActionPointsAsync(db, cancellationToken);
        }
        var sent = 0;
        foreach (var (id, _) in open)
        {
            try
            {
                sent += await FollowUpAsync(id, cancellationToken);
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
            {
                // Another instance sent it, or the owner marked the point done meanwhile: the next pass decides again.
                logger.LogInformation("Follow-up of action point {ActionPointId} left to the instance or change that came first", id);
            }
        }
        return sent;
    }

    private async Task<int> FollowUpAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var point = await SessionQueries.FindForChangeAsync(db, id, cancellationToken);
        var casus = point is null ? null : await CasusLookup.FindAsync(db, point.CasusId, cancellationToken);
        // A casus closed (by its last item or by a coordinator), withdrawn or erased asks nothing more of anyone.
        if (point is null || casus is null || casus.Status != CasusStatus.Discussed || casus.IsErased) return 0;
        var now = clock.GetUtcNow();
        var address = await people.AddressAsync(db, point.OwnerAadObjectId, cancellationToken);
        var zone = Zone(address?.TimeZone);
        var due = address is null ? null : ActionPointCadence.Next(point, zone, calendar, reminders.Value, options.Value, now);
        if (due is not null && due.At > now) due = null;
        var overdueDays = ActionPointCadence.EscalationDue(point, Zone(null), calendar, reminders.Value, options.Value, now);
        if (due is null && overdueDays is null) return 0;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reminded = due is not null && await RemindAsync(db, casus, point, address!, due, zone, now, cancellationToken);
        var escalated = overdueDays is { } days && await escalation.EscalateAsync(db, casus, point, days, now, cancellationToken);
        if (!reminded && !escalated) return 0;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (reminded) metrics.ReminderSent("reminder");
        if (escalated) metrics.ReminderSent("escalation");
        logger.LogInformation("Follow-up queued for action point {Number} of {Reference} (reminder: {Reason}, escalated: {Escalated})",
            point.Number, casus.Reference, reminded ? due!.Reason : null, escalated);
        return (reminded ? 1 : 0) + (escalated ? 1 : 0);
    }

    private async Task<bool> RemindAsync(
        CasuistiekDbContext db, Casus casus, ActionPoint point, PersonAddress address, ReminderDue due, TimeZoneInfo zone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reason = texts.Get(ReasonKey(due.Reason), address.Language, due.Days);
        var key = ActionPointReminders.Of(point).Then(ReminderCadence.Day(due.At, zone));
        var card = MessageFactory.Card(cards.ActionPointCard(casus, point, address.Language, reason))
            with { Summary = texts.Get(SessionsTextKeys.ActionpointReminder, address.Language, reason), Locale = address.Language };
        var message = OutboxMessage.ToPerson(key.Value, address.AadObjectId, address.TenantId, address.ServiceUrl, card, address.UserId);
        if (!await outbox.EnqueueAsync(db, message, cancellationToken)) return false;
        await outbox.CancelPendingAsync(db, ActionPointReminders.Of(point), key, cancellationToken);
        point.RecordReminder(now, due.Overdue);
        Audit.Casus(db, now, Audit.System, casus, "actiepunt-herinnering", $"actiepunt {point.Number}: {texts.Get(ReasonKey(due.Reason), "nl", due.Days)}");
        return true;
    }

    private static string ReasonKey(ReminderReason reason) => reason switch
    {
        ReminderReason.DueSoon => SessionsTextKeys.ActionpointReasonDueSoon,
        ReminderReason.DueToday => SessionsTextKeys.ActionpointReasonDueToday,
        _ => SessionsTextKeys.ActionpointReasonOverdue,
    };

    private TimeZoneInfo Zone(string? timeZone)
    {
        if (timeZone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)) return zone;
        return TimeZoneInfo.FindSystemTimeZoneById(reminders.Value.DefaultTimeZone);
    }
}
