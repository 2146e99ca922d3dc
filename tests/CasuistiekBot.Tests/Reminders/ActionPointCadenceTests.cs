using CasuistiekBot.Calendar;
using CasuistiekBot.Reminders;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Reminders;

/// <summary>The action-point cadence as a pure function, run over months in one-hour steps.</summary>
public sealed class ActionPointCadenceTests
{
    private static readonly WorkingDayCalendar Calendar = new(Options.Create(new CalendarOptions()));
    private static readonly ReminderOptions Reminders = new();
    private static readonly ActionPointReminderOptions Cadence = new();
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static ActionPoint Point() => new()
    {
        Id = Guid.NewGuid(), CasusId = Guid.NewGuid(), Number = 1, Text = "t", OwnerAadObjectId = "owner", OwnerName = "Joost Bakker",
        DueDate = new DateOnly(2026, 11, 20), Status = ActionPointStatus.Open, CreatedAt = Created, Version = 1,
    };

    [Fact]
    public void Months_of_follow_up_give_one_reminder_before_the_due_date_a_bounded_number_after_it_and_never_two_a_day()
    {
        var point = Point();
        var sent = new List<(DateTimeOffset At, ReminderDue Due)>();
        for (var now = Created; now < Created.AddMonths(6); now = now.AddHours(1))
        {
            if (ActionPointCadence.Next(point, Amsterdam, Calendar, Reminders, Cadence, now) is not { } due || due.At > now) continue;
            sent.Add((now, due));
            point.RecordReminder(now, due.Overdue);
        }

        var days = sent.Select(s => ReminderCadence.Day(s.At, Amsterdam)).ToList();
        Assert.Equal([new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 14)], days);
        Assert.Equal([ReminderReason.DueSoon, ReminderReason.Overdue, ReminderReason.Overdue, ReminderReason.Overdue, ReminderReason.Overdue], sent.Select(s => s.Due.Reason));
        Assert.Equal([2, 3, 10, 17, 24], sent.Select(s => s.Due.Days));
        Assert.All(sent, s => Assert.True(Calendar.IsWorkingDay(ReminderCadence.Day(s.At, Amsterdam))));
        Assert.Equal(Cadence.MaxOverdueReminders, point.OverdueReminders);
    }

    [Fact]
    public void After_downtime_one_reminder_catches_up_instead_of_every_missed_one()
    {
        var point = Point();
        var back = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);   // the service was down from 2 November

        var due = ActionPointCadence.Next(point, Amsterdam, Calendar, Reminders, Cadence, back)!;
        point.RecordReminder(back, due.Overdue);

        Assert.Equal((back, ReminderReason.Overdue, 11), (due.At, due.Reason, due.Days));
        Assert.Equal(new DateOnly(2026, 12, 8), ReminderCadence.Day(ActionPointCadence.Next(point, Amsterdam, Calendar, Reminders, Cadence, back)!.At, Amsterdam));
    }

    [Fact]
    public void The_escalation_is_due_from_the_configured_day_once_and_never_for_a_point_that_is_done()
    {
        var point = Point();
        point.RecordReminder(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), overdue: true);
        var before = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
        var on = new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);   // Friday 09:00 in Amsterdam, 14 days after the due date
        var weekend = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

        var early = ActionPointCadence.EscalationDue(point, Amsterdam, Calendar, Reminders, Cadence, before);
        var due = ActionPointCadence.EscalationDue(point, Amsterdam, Calendar, Reminders, Cadence, on);
        var saturday = ActionPointCadence.EscalationDue(point, Amsterdam, Calendar, Reminders, Cadence, weekend);
        point.RecordEscalation(on);
        var again = ActionPointCadence.EscalationDue(point, Amsterdam, Calendar, Reminders, Cadence, on.AddDays(3));
        var done = Point();
        Assert.True(done.MarkDone("owner", on).Succeeded);

        Assert.Equal((null, 14, null, null), (early, due, saturday, again));
        Assert.Null(ActionPointCadence.EscalationDue(done, Amsterdam, Calendar, Reminders, Cadence, on));
        Assert.Null(ActionPointCadence.Next(done, Amsterdam, Calendar, Reminders, Cadence, on));
    }

    [Fact]
    public void No_escalation_before_the_owner_was_reminded_that_the_point_is_overdue_nor_on_the_day_of_that_reminder()
    {
        var point = Point();
        var longOverdue = new DateTimeOffset(2027, 1, 11, 8, 0, 0, TimeSpan.Zero);   // Monday 09:00 in Amsterdam, 52 days late

        var neverReminded = ActionPointCadence.EscalationDue(point, Amsterdam, Calendar, Reminders, Cadence, longOverdue);
        point.RecordReminder(longOverdue, overdue: true);
        var sameDay = ActionPointCadence.EscalationDue(point, Amsterdam, Calendar, Reminders, Cadence, longOverdue.AddHours(2));
        var nextDay = ActionPointCadence.EscalationDue(point, Amsterdam, Calendar, Reminders, Cadence, longOverdue.AddDays(1));

        Assert.Equal((null, null, 53), (neverReminded, sameDay, nextDay));
    }
}
