using System.Globalization;
using CasuistiekBot.Calendar;
using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Reminders;
using CasuistiekBot.Signals.Handlers;
using CasuistiekBot.Storage;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Signals;

/// <summary>Turns a card action into the signal's transition, with the card's inputs read, checked and scrubbed.</summary>
internal sealed class SignalTransitions(
    PersonalDataScrubber scrubber,
    WorkingDayCalendar calendar,
    IOptions<ReminderOptions> options,
    SignalPeople people,
    HandlerAssignment handlers,
    SignalRetagging retagging,
    IOutbox outbox,
    Texts texts)
{
    private const int MaxText = 2000;

    public async Task<SignalOutcome> ApplyAsync(
        CasuistiekDbContext db, Signal signal, CardAction action, string actor, DateTimeOffset now, ITurnContext turn, CancellationToken cancellationToken) =>
        action.Verb switch
        {
            SignalVerbs.PickUp => SignalOutcome.From(signal.PickUp(actor, now)),
            SignalVerbs.Update => Update(signal, action, actor, now),
            SignalVerbs.Transfer => await TransferAsync(db, signal, action, actor, now, cancellationToken),
            SignalVerbs.Snooze => Snooze(signal, action, actor, now),
            SignalVerbs.Close => SignalOutcome.From(signal.Close(actor, action.GetString("resolution") ?? "",
                Scrub(action.GetString("resolutionText")), Scrub(action.GetString("motivation")) is { Length: > 0 } why ? why : null, now), signal.Resolution),
            SignalVerbs.Law => await retagging.ApplyAsync(signal, action, actor, now, cancellationToken),
            SignalVerbs.Accept => SignalOutcome.From(signal.AcceptTransfer(actor, now), signal.OwnerName),
            SignalVerbs.Decline => SignalOutcome.From(signal.DeclineTransfer(actor, now)) with { Notice = turn.Activity.From?.Name ?? "" },
            HandlerVerbs.Assign => await handlers.AssignAsync(signal, action, actor, now, cancellationToken),
            HandlerVerbs.Remove => SignalOutcome.From(signal.RemoveHandler(actor, now)),
            _ => SignalOutcome.Refused(SignalsTextKeys.SignalUnknown),
        };

    /// <summary>Tells the owner in a short message that the person they offered the signal to declined it.</summary>
    public async Task NotifyOwnerAsync(CasuistiekDbContext db, Signal signal, string decliner, CancellationToken cancellationToken)
    {
        if (await people.AddressAsync(db, signal.OwnerAadObjectId, cancellationToken) is not { } address) return;
        var text = texts.Get(SignalsTextKeys.SignalDeclinedOwner, address.Language, decliner, signal.Reference);
        await outbox.EnqueueAsync(db, OutboxMessage.ToPerson($"signal:{signal.Id:N}:declined:v{signal.Version}", address.AadObjectId, address.TenantId,
            address.ServiceUrl, MessageFactory.Text(text) with { Locale = address.Language }, address.UserId), cancellationToken);
    }

    private SignalOutcome Update(Signal signal, CardAction action, string actor, DateTimeOffset now)
    {
        DateOnly? newDue = null;
        if (action.GetString("newDue") is { Length: > 0 } raw)
        {
            var today = calendar.LocalDate(now);
            if (SignalDates.DueRefusal(CardDate.Read(raw, today, CardDate.LatestDue(today), out var parsed)) is { } refusal) return SignalOutcome.Refused(refusal);
            if (parsed != signal.DueDate) newDue = parsed;
        }
        var updated = signal.Update(actor, Scrub(action.GetString("note")), now);
        if (!updated.Succeeded || newDue is not { } due) return SignalOutcome.From(updated);
        var moved = signal.MoveDueDate(actor, due, now);
        return new SignalOutcome(null, [updated.Action, moved.Action], SignalDates.Iso(due));
    }

    private async Task<SignalOutcome> TransferAsync(CasuistiekDbContext db, Signal signal, CardAction action, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = action.GetString("person")?.Trim().ToLowerInvariant();
        var person = id is null ? null : await PersonQueries.FindAsync(db, id, cancellationToken);
        if (person is null) return SignalOutcome.Refused(SignalsTextKeys.SignalUnknownPerson);
        return SignalOutcome.From(signal.Transfer(actor, new SignalOwner(person.AadObjectId, person.Name, person.Mt), now), person.Name);
    }

    private SignalOutcome Snooze(Signal signal, CardAction action, string actor, DateTimeOffset now)
    {
        // Bounds before counting: a working day is never shorter than a calendar day, so more days than the maximum
        // snooze spans are too many whatever the calendar says, and int.MaxValue days would run past year 9999.
        if (!int.TryParse(action.GetString("days"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days)
            || days < 1 || days > options.Value.MaxSnooze.TotalDays)
        {
            return SignalOutcome.Refused(SignalsTextKeys.SignalSnoozeTooLong);
        }
        var date = calendar.AddWorkingDays(calendar.LocalDate(now), days);
        var local = date.ToDateTime(options.Value.SendTime);
        var until = new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
        return SignalOutcome.From(signal.Snooze(actor, until, options.Value.MaxSnooze, now), SignalDates.Iso(date));
    }

    private string Scrub(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return "";
        return scrubber.ScrubTyped(trimmed, MaxText);
    }
}
