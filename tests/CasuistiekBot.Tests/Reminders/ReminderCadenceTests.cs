using CasuistiekBot.Calendar;
using CasuistiekBot.Reminders;
using CasuistiekBot.Signals;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Reminders;

public sealed class ReminderCadenceTests
{
    private static readonly WorkingDayCalendar Calendar = new(Options.Create(new CalendarOptions()));
    private static readonly ReminderOptions Cadence = new();
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0, TimeZoneInfo? zone = null)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);
        return new DateTimeOffset(local, (zone ?? Amsterdam).GetUtcOffset(local));
    }

    private static ReminderFacts Facts(DateTimeOffset created, DateOnly due, DateTimeOffset? lastReminder = null, DateTimeOffset? lastUpdate = null,
        DateTimeOffset? snoozed = null, string status = SignalStatus.PickedUp, TimeZoneInfo? zone = null) =>
        new(status, created, lastUpdate ?? created, lastReminder, due, snoozed, zone ?? Amsterdam);

    [Fact]
    public void The_first_reminder_comes_after_ten_working_days_without_an_update_at_nine_in_the_morning()
    {
        var next = ReminderCadence.Next(Facts(Local(2026, 11, 2, 10), new DateOnly(2027, 3, 1)), Calendar, Cadence, Local(2026, 11, 2, 10));

        Assert.Equal(new ReminderDue(Local(2026, 11, 16, 9), ReminderReason.NoUpdate, 10), next);
    }

    [Fact]
    public void After_a_reminder_the_next_one_comes_five_working_days_later_and_an_owner_update_starts_the_count_again()
    {
        var afterReminder = ReminderCadence.Next(Facts(Local(2026, 11, 2, 10), new DateOnly(2027, 3, 1), lastReminder: Local(2026, 11, 16, 9)),
            Calendar, Cadence, Local(2026, 11, 16, 9));
        var afterUpdate = ReminderCadence.Next(Facts(Local(2026, 11, 2, 10), new DateOnly(2027, 3, 1), lastReminder: Local(2026, 11, 16, 9), lastUpdate: Local(2026, 11, 18, 14)),
            Calendar, Cadence, Local(2026, 11, 18, 14));

        Assert.Equal(new ReminderDue(Local(2026, 11, 23, 9), ReminderReason.NoUpdate, 15), afterReminder);
        Assert.Equal(new ReminderDue(Local(2026, 12, 2, 9), ReminderReason.NoUpdate, 10), afterUpdate);
    }

    [Fact]
    public void Three_working_days_before_the_due_date_then_on_the_day_then_weekly_skipping_the_christmas_holidays()
    {
        var created = Local(2026, 12, 10, 11);
        var due = new DateOnly(2026, 12, 18);

        var soon = ReminderCadence.Next(Facts(created, due), Calendar, Cadence, created)!;
        var today = ReminderCadence.Next(Facts(created, due, soon.At), Calendar, Cadence, soon.At)!;
        var overdue = ReminderCadence.Next(Facts(created, due, today.At), Calendar, Cadence, today.At)!;
        var again = ReminderCadence.Next(Facts(created, due, overdue.At), Calendar, Cadence, overdue.At)!;

        Assert.Equal(new ReminderDue(Local(2026, 12, 15, 9), ReminderReason.DueSoon, 3), soon);
        Assert.Equal(new ReminderDue(Local(2026, 12, 18, 9), ReminderReason.DueToday, 0), today);
        // 25 December is a Friday and a holiday: the first weekly reminder moves to Monday 28 December.
        Assert.Equal(new ReminderDue(Local(2026, 12, 28, 9), ReminderReason.Overdue, 5), overdue);
        Assert.Equal(new ReminderDue(Local(2027, 1, 4, 9), ReminderReason.Overdue, 9), again);
    }

    [Fact]
    public void A_due_date_on_a_weekend_is_reminded_on_the_friday_before()
    {
        var created = Local(2027, 1, 4, 10);
        var next = ReminderCadence.Next(Facts(created, new DateOnly(2027, 1, 10), lastReminder: Local(2027, 1, 6, 9)), Calendar, Cadence, Local(2027, 1, 6, 9));

        Assert.Equal(new ReminderDue(Local(2027, 1, 8, 9), ReminderReason.DueToday, 0), next);
    }

    [Fact]
    public void Easter_and_kings_day_are_not_working_days()
    {
        // 10 working days from Tuesday 23 March 2027 skip Easter Monday (29 March): Wednesday 7 April.
        var fromMarch = ReminderCadence.Next(Facts(Local(2027, 3, 23, 10), new DateOnly(2027, 9, 1)), Calendar, Cadence, Local(2027, 3, 23, 10));
        // 10 working days from Monday 19 April 2027 skip King's Day (Tuesday 27 April): Tuesday 4 May.
        var fromApril = ReminderCadence.Next(Facts(Local(2027, 4, 19, 10), new DateOnly(2027, 9, 1)), Calendar, Cadence, Local(2027, 4, 19, 10));

        Assert.Equal(Local(2027, 4, 7, 9), fromMarch!.At);
        Assert.Equal(Local(2027, 5, 4, 9), fromApril!.At);
    }

    [Theory]
    [InlineData(20, 0, 17, 8)]    // Monday evening: Tuesday 08:00
    [InlineData(6, 30, 16, 9)]    // Monday early morning: at the send time, 09:00
    [InlineData(12, 0, 16, 12)]   // Monday noon: at once
    public void A_reminder_that_is_due_waits_for_the_end_of_the_quiet_hours(int hour, int minute, int expectedDay, int expectedHour)
    {
        var now = Local(2026, 11, 16, hour, minute);
        var next = ReminderCadence.Next(Facts(Local(2026, 11, 2, 10), new DateOnly(2027, 3, 1)), Calendar, Cadence, now);

        Assert.Equal(Local(2026, 11, expectedDay, expectedHour), next!.At);
    }

    [Fact]
    public void A_reminder_due_on_a_saturday_waits_for_monday_morning()
    {
        var next = ReminderCadence.Next(Facts(Local(2026, 11, 2, 10), new DateOnly(2027, 3, 1)), Calendar, Cadence, Local(2026, 11, 21, 10));

        Assert.Equal(Local(2026, 11, 23, 8), next!.At);
    }

    [Fact]
    public void The_owners_own_time_zone_decides_the_hour()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var next = ReminderCadence.Next(Facts(Local(2026, 11, 2, 10), new DateOnly(2027, 3, 1), zone: newYork), Calendar, Cadence, Local(2026, 11, 2, 10));

        Assert.Equal(Local(2026, 11, 16, 9, zone: newYork), next!.At);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 14, 0, 0, TimeSpan.Zero), next.At.ToUniversalTime());
    }

    [Fact]
    public void A_snooze_holds_the_reminder_back_until_it_ends()
    {
        var next = ReminderCadence.Next(Facts(Local(2026, 11, 2, 10), new DateOnly(2027, 3, 1), snoozed: Local(2026, 11, 20, 9)), Calendar, Cadence, Local(2026, 11, 3, 10));

        Assert.Equal(Local(2026, 11, 20, 9), next!.At);
        Assert.Equal(ReminderReason.NoUpdate, next.Reason);
    }

    [Theory]
    [InlineData(SignalStatus.Closed)]
    [InlineData(SignalStatus.Transferring)]
    public void A_closed_or_transferring_signal_gets_no_reminder(string status)
    {
        Assert.Null(ReminderCadence.Next(Facts(Local(2026, 11, 2, 10), new DateOnly(2026, 11, 20), status: status), Calendar, Cadence, Local(2026, 12, 2, 10)));
    }

    [Fact]
    public void After_downtime_one_reminder_catches_up_instead_of_one_per_missed_milestone()
    {
        var created = Local(2026, 11, 2, 10);
        var now = Local(2027, 1, 12, 10);   // weeks past several milestones and the due date

        var next = ReminderCadence.Next(Facts(created, new DateOnly(2026, 12, 18)), Calendar, Cadence, now)!;
        var after = ReminderCadence.Next(Facts(created, new DateOnly(2026, 12, 18), lastReminder: now), Calendar, Cadence, now)!;

        Assert.Equal(new ReminderDue(now, ReminderReason.Overdue, 15), next);
        Assert.Equal(Local(2027, 1, 19, 9), after.At);
    }
}
