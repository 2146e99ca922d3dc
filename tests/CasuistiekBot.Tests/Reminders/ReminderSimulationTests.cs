using CasuistiekBot.Calendar;
using CasuistiekBot.Reminders;
using CasuistiekBot.Signals;
using CasuistiekBot.Testing;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Reminders;

/// <summary>
/// Months of a signal's life on a fake clock in ten-minute steps: whenever the cadence says a reminder is due it is
/// "sent" and recorded on the signal, as the worker does. The run is then checked against every rule at once.
/// </summary>
public sealed class ReminderSimulationTests
{
    private static readonly WorkingDayCalendar Calendar = new(Options.Create(new CalendarOptions()));
    private static readonly ReminderOptions Cadence = new();

    private sealed record Sent(DateTimeOffset At, ReminderDue Due);

    private static List<Sent> Run(Signal signal, TimeZoneInfo zone, FakeTimeProvider clock, DateTimeOffset until, Action<Signal, DateTimeOffset>? owner = null)
    {
        var sent = new List<Sent>();
        while (clock.GetUtcNow() < until)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            var now = clock.GetUtcNow();
            owner?.Invoke(signal, now);
            var due = ReminderCadence.Next(ReminderFacts.Of(signal, zone), Calendar, Cadence, now);
            if (due is null || due.At > now) continue;
            sent.Add(new Sent(now, due));
            signal.RecordReminder(now, due.Overdue);
        }
        return sent;
    }

    private static Signal NewSignal(DateTimeOffset created, DateOnly due) => new()
    {
        Id = Guid.NewGuid(), Reference = "SG-2026-0001", Title = "t", Description = "d", Category = SignalCategory.HarshRules,
        OwnerAadObjectId = "owner", OwnerName = "Marieke Visser", DueDate = due, Status = SignalStatus.New,
        CreatedAt = created, UpdatedAt = created, LastOwnerUpdateAt = created, Version = 1,
    };

    private static DateOnly Day(DateTimeOffset at, TimeZoneInfo zone) => ReminderCadence.Day(at, zone);

    [Theory]
    [InlineData("Europe/Amsterdam")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Tokyo")]
    public void Seven_months_of_reminders_keep_to_working_days_waking_hours_and_one_a_day(string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var created = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(created);
        var signal = NewSignal(created, new DateOnly(2027, 2, 15));

        var sent = Run(signal, zone, clock, created.AddMonths(7));

        Assert.All(sent, s =>
        {
            var local = TimeZoneInfo.ConvertTime(s.At, zone);
            Assert.True(Calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)), $"{local} is not a working day");
            Assert.InRange(TimeOnly.FromDateTime(local.DateTime), Cadence.QuietHoursEnd, Cadence.QuietHoursStart.AddMinutes(-1));
        });
        Assert.Equal(sent.Count, sent.Select(s => Day(s.At, zone)).Distinct().Count());
        var beforeDue = sent.Where(s => s.Due.Reason == ReminderReason.NoUpdate).ToList();
        Assert.Equal(new DateOnly(2026, 11, 16), Day(beforeDue[0].At, zone));
        Assert.All(beforeDue.Zip(beforeDue.Skip(1)), pair => Assert.Equal(5, Calendar.WorkingDaysBetween(Day(pair.First.At, zone), Day(pair.Second.At, zone))));
        Assert.Equal(new DateOnly(2027, 2, 10), Day(Assert.Single(sent, s => s.Due.Reason == ReminderReason.DueSoon).At, zone));
        Assert.Equal(new DateOnly(2027, 2, 15), Day(Assert.Single(sent, s => s.Due.Reason == ReminderReason.DueToday).At, zone));
        var overdue = sent.Where(s => s.Due.Overdue).ToList();
        Assert.True(overdue.Count >= 14, $"only {overdue.Count} overdue reminders");
        Assert.All(overdue.Zip(overdue.Skip(1)), pair => Assert.InRange((Day(pair.Second.At, zone).DayNumber - Day(pair.First.At, zone).DayNumber), 7, 10));
        Assert.Equal(overdue.Count, signal.OverdueReminders);
        // Each reason states its own count: working days since the last update, or past the due date.
        Assert.All(beforeDue, s => Assert.Equal(Calendar.WorkingDaysBetween(Day(created, zone), Day(s.At, zone)), s.Due.Days));
        Assert.All(overdue, s => Assert.Equal(Calendar.WorkingDaysBetween(signal.DueDate, Day(s.At, zone)), s.Due.Days));
    }

    [Fact]
    public void An_owner_who_keeps_updating_is_only_reminded_of_the_due_date_and_closing_stops_everything()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var created = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(created);
        var signal = NewSignal(created, new DateOnly(2027, 1, 29));
        var closeAt = new DateTimeOffset(2027, 2, 10, 13, 0, 0, TimeSpan.Zero);

        var sent = Run(signal, zone, clock, created.AddMonths(6), (s, now) =>
        {
            // A short update every Monday at 14:00 UTC; closed on 10 February.
            if (now == closeAt) s.Close("owner", SignalResolution.InvestigatedClosed, "Besproken en afgedaan.", null, now);
            else if (SignalStatus.IsOpen(s.Status) && now.DayOfWeek == DayOfWeek.Monday && now.TimeOfDay == TimeSpan.FromHours(14)) s.Update("owner", "Loopt.", now);
        });

        Assert.DoesNotContain(sent, s => s.Due.Reason == ReminderReason.NoUpdate);
        Assert.Contains(sent, s => s.Due.Reason == ReminderReason.DueSoon);
        Assert.Contains(sent, s => s.Due.Reason == ReminderReason.DueToday);
        Assert.DoesNotContain(sent, s => s.At >= closeAt);
    }

    [Fact]
    public void A_snooze_moves_the_next_reminder_and_the_one_after_follows_the_normal_cadence()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var created = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(created);
        var signal = NewSignal(created, new DateOnly(2027, 6, 1));
        var snoozeAt = new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero);
        var until = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

        var sent = Run(signal, zone, clock, new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero), (s, now) =>
        {
            if (now == snoozeAt) Assert.True(s.Snooze("owner", until, Cadence.MaxSnooze, now).Succeeded);
        });

        Assert.Equal(until, sent[0].At);
        Assert.Equal(5, Calendar.WorkingDaysBetween(Day(sent[0].At, zone), Day(sent[1].At, zone)));
    }
}
