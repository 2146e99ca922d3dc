using CasuistiekBot.Panels;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Panels;

public sealed class InvitationReminderTests
{
    // Friday 27 November 2026, 10:00 in Amsterdam.
    private static readonly DateTimeOffset FridayMorning = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Members_who_have_not_answered_get_one_reminder_after_two_working_days()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, new DateOnly(2026, 12, 10));
        var members = await PanelKit.MembersAsync(app);
        var answered = members.First();
        await PanelKit.PersonAsync(app, "invitation.accept", new { invitationId = answered.Id, version = panel.Version }, answered.AadObjectId);
        var reminder = app.Services.GetRequiredService<InvitationReminder>();

        // The app's own worker runs as the clock moves too; whoever runs it, each reminder is queued once.
        clock.SetUtcNow(FridayMorning.AddDays(3).AddHours(23));          // Monday night: one working day
        await reminder.RunAsync(CancellationToken.None);
        Assert.Empty(await PanelKit.OutboxAsync(app, "panel-reminder:"));
        clock.SetUtcNow(FridayMorning.AddDays(4));                        // Tuesday, same time: two working days
        await reminder.RunAsync(CancellationToken.None);
        Assert.Equal(0, await reminder.RunAsync(CancellationToken.None));

        var reminders = await PanelKit.OutboxAsync(app, "panel-reminder:");
        Assert.Equal(members.Skip(1).Select(m => m.AadObjectId).Order(), reminders.Select(r => r.RecipientAadObjectId!).Order());
        Assert.All(reminders, r => Assert.Contains("Herinnering: laat je weten of je meedoet", r.ActivityJson));
        Assert.All(await PanelKit.MembersAsync(app), m => Assert.Equal(m.Id != answered.Id, m.RemindedAt is not null));
        var card = (await PanelKit.OutboxAsync(app, "panel:")).Last().ActivityJson;
        Assert.Contains("herinnerd op 1 december", card);
    }

    [Fact]
    public async Task The_wait_before_a_reminder_is_configurable()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock, new Dictionary<string, string?> { ["Panels:InvitationReminderAfter"] = "04:00:00" });
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, new DateOnly(2026, 12, 10));
        var reminder = app.Services.GetRequiredService<InvitationReminder>();

        clock.Advance(TimeSpan.FromHours(3));
        await reminder.RunAsync(CancellationToken.None);
        Assert.Empty(await PanelKit.OutboxAsync(app, "panel-reminder:"));
        clock.Advance(TimeSpan.FromHours(1));
        await reminder.RunAsync(CancellationToken.None);
        Assert.Equal((await PanelKit.MembersAsync(app)).Count, (await PanelKit.OutboxAsync(app, "panel-reminder:")).Count);
    }

    [Fact]
    public async Task Two_instances_reminding_at_once_send_each_reminder_once()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, new DateOnly(2026, 12, 10));
        var reminder = app.Services.GetRequiredService<InvitationReminder>();
        clock.SetUtcNow(FridayMorning.AddDays(5));

        var counts = await Task.WhenAll(reminder.RunAsync(CancellationToken.None), reminder.RunAsync(CancellationToken.None));

        var members = await PanelKit.MembersAsync(app);
        Assert.InRange(counts.Sum(), 0, members.Count);   // the app's own worker may have taken some
        Assert.Equal(members.Count, (await PanelKit.OutboxAsync(app, "panel-reminder:")).Count);
    }

    [Fact]
    public async Task Reminders_are_due_after_working_days_so_weekends_and_holidays_do_not_count()
    {
        await using var app = await PanelKit.StartAsync(new FakeTimeProvider(FridayMorning));
        var calendar = app.Services.GetRequiredService<CasuistiekBot.Calendar.WorkingDayCalendar>();

        var fromFriday = ReminderSchedule.DueAt(FridayMorning, TimeSpan.FromDays(2), calendar);
        var beforeChristmas = ReminderSchedule.DueAt(new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(1), calendar);

        Assert.Equal(FridayMorning.AddDays(4), fromFriday);
        Assert.Equal(new DateTimeOffset(2026, 12, 28, 9, 0, 0, TimeSpan.Zero), beforeChristmas);
    }
}
