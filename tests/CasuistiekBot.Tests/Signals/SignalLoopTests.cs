using CasuistiekBot.Reminders;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Signals;

/// <summary>The feedback loop end to end over the wire, on a fake clock: casus, signal, owner card, reminder, close, feedback.</summary>
public sealed class SignalLoopTests
{
    [Fact]
    public async Task From_a_casus_to_a_signal_a_reminder_two_weeks_later_and_the_author_hearing_the_outcome()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
        await using var app = await SignalKit.StartAsync(clock, new Dictionary<string, string?> { ["Reminders:WorkerEnabled"] = "true", ["Digest:Enabled"] = "false" });
        var casus = await SignalKit.RaiseCasusAsync(app, "3");
        var signal = await SignalKit.RegisterAsync(app, casus.Id, due: new DateOnly(2027, 2, 1));
        var ownerChat = SignalKit.ChatOf(SignalKit.Owner);
        await SignalKit.WaitForAsync(app, ownerChat, a => TriageKit.CardJson(a).Contains("signal.pickup"));

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 8, 30, 0, TimeSpan.Zero));
        var reminder = await SignalKit.WaitForAsync(app, ownerChat, a => TriageKit.CardJson(a).Contains("Herinnering: al 10 werkdagen geen update"));
        Assert.Equal("POST", app.Connector.Requests.Last(r => r.Activity is { } a && TriageKit.CardJson(a).Contains("Herinnering")).Method);
        Assert.Contains(signal.Reference, reminder.Summary);

        // The owner closes from the reminder card; its version is the one the reminder showed.
        var closed = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", await SignalKit.ReloadAsync(app, signal.Id), new
        {
            resolution = "opgelost-uitvoeringsregels", resolutionText = "De termijn kan nu worden verlengd bij een ziekenhuisopname.",
        });

        Assert.Contains("Afgerond", SignalKit.Card(closed));
        var feedback = await SignalKit.WaitForAsync(app, SignalKit.AuthorChat, a => a.Text?.Contains(signal.Reference) == true);
        Assert.Contains("De termijn kan nu worden verlengd", feedback.Text);
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 8, 30, 0, TimeSpan.Zero));
        await app.Services.GetRequiredService<ReminderWorker>().RunOnceAsync(CancellationToken.None);
        Assert.Single(TriageKit.SentTo(app, ownerChat), a => TriageKit.CardJson(a).Contains("Herinnering"));
    }
}
