using CasuistiekBot.Calendar;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.EndToEnd;

/// <summary>
/// The feedback loop through the real Agents Playground (locale en-US), with real time passing: the current user raises
/// an anonymous casus, registers a signal on it as a coordinator and, as its owner, receives the owner card proactively.
/// Then the bot restarts (same database, same port; the Playground keeps running) on a clock moved forward to the day
/// the first reminder is due, the reminder card arrives in the owner's chat, the owner closes the signal from it and,
/// as the author, hears the outcome. On the way the owner asks for "my signals" and gets the list and the card again.
/// </summary>
public sealed class PlaygroundSignalTests
{
    private const string Sanne = "7d3c1a52-5b8e-4f0a-9c61-2e4b8a1f0001";

    [RequiresServiceFact("CASUISTIEK_TEST_NODE")]
    public async Task A_signal_reaches_its_owner_who_is_reminded_weeks_later_closes_it_from_the_reminder_and_the_author_hears_the_outcome()
    {
        await using var playground = await PlaygroundHarness.StartAsync(new PlaygroundOptions
        {
            BotEnvironment = new Dictionary<string, string>
            {
                ["Roles__Coordinators__0"] = Sanne,
                ["Expertise__SeedFile"] = Path.Combine(Path.GetDirectoryName(PlaygroundPaths.AppAssembly())!, "Expertise", "demo-directory.json"),
            },
        });
        var reference = await RaiseAnonymousCasusAsync(playground);

        await playground.SendTextAsync("new signal");
        var form = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => c.GetRawText().Contains("signal.register", StringComparison.Ordinal)));
        var registered = await playground.InvokeAsync("signal.register", new
        {
            verb = "signal.register", title = "Departure deadline ignores hospital stays", description = "The deadline runs on while a child is in hospital.",
            category = "hardheid-wet-regelgeving", owner = Sanne, due = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), casus = reference,
        }, form.MessageId);
        Assert.Contains("SG-", registered.GetRawText());
        var card = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => CardReader.Offers(c, "signal.close")));
        Assert.DoesNotContain(card.AdaptiveCards, c => CardReader.Shows(c, "Reminder:"));
        await playground.SendTextAsync("my signals");
        var list = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => CardReader.Shows(c, "My signals")));
        Assert.Contains(list.AdaptiveCards, c => CardReader.Shows(c, "Departure deadline ignores hospital stays"));
        await playground.WaitForMessageAsync(m => !m.IsUpdate && m.MessageId != card.MessageId && m.AdaptiveCards.Any(c => CardReader.Offers(c, "signal.close")));

        await playground.RestartBotAsync(new Dictionary<string, string> { ["Clock__Offset"] = OffsetToFirstReminder().ToString("c") });
        var reminder = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => CardReader.Shows(c, "Reminder: no update for 10 working days")));

        var closed = await playground.InvokeAsync("signal.close", CardReader.Press(reminder.AdaptiveCards.Single(), "signal.close", new
        {
            resolution = "opgelost-uitvoeringsregels", resolutionText = "The work instruction now allows more time during a hospital stay.",
        }), reminder.MessageId);
        Assert.Contains("Closed", closed.GetRawText());
        var feedback = await playground.WaitForMessageAsync(m => m.Text?.Contains($"Feedback on your case {reference}", StringComparison.Ordinal) == true);
        Assert.Contains("more time during a hospital stay", feedback.Text);
        Assert.NotEqual(card.MessageId, reminder.MessageId);
    }

    private static async Task<string> RaiseAnonymousCasusAsync(PlaygroundHarness playground)
    {
        await playground.SendTextAsync("new case");
        await playground.WaitForMessageAsync(m => m.Text?.Contains("Tell me in your own words", StringComparison.Ordinal) == true);
        foreach (var (text, next) in new[]
        {
            ("A mother with two young children has to leave the reception centre within four weeks, while her youngest is in hospital for surgery. " +
             "She told me she has nowhere to go. The rules leave no room for a delay, but this chafes with the human dimension and I do not know what to do.", "What would you like your case to achieve"),
            ("1", "Is it urgent"),
            ("none", "Which organisation"),
            ("IND, Asylum and Protection", "Who may know"),
        })
        {
            await playground.SendTextAsync(text);
            await playground.WaitForMessageAsync(m => m.Text?.Contains(next, StringComparison.Ordinal) == true);
        }
        await playground.SendTextAsync("3");
        var summary = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => c.GetRawText().Contains("intake.submit", StringComparison.Ordinal)));
        await playground.InvokeAsync("intake.submit", new { verb = "intake.submit", confirm = "submit" }, summary.MessageId);
        var reference = $"CS-{DateTime.UtcNow.Year}-0001";
        await playground.WaitForMessageAsync(m => m.Text?.Contains(reference, StringComparison.Ordinal) == true);
        return reference;
    }

    /// <summary>
    /// How far to move the bot's clock so that it is noon, the owner's time, on the day the first reminder of a signal
    /// registered today is due: ten working days (the default cadence) without an update. The Playground reports this
    /// machine's time zone for its users, and the bot uses the Dutch working-day calendar.
    /// </summary>
    private static TimeSpan OffsetToFirstReminder()
    {
        var zone = TimeZoneInfo.Local;
        var now = DateTimeOffset.UtcNow;
        var calendar = new WorkingDayCalendar(Options.Create(new CalendarOptions()));
        var day = calendar.AddWorkingDays(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), 10);
        var noon = day.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(noon, zone.GetUtcOffset(noon)) - now;
    }
}
