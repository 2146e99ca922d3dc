using System.Globalization;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Signals;

/// <summary>
/// Numbers and dates from a signal card are checked against their limits before anything counts with them: a forged
/// value gets the ordinary refusal and changes nothing, and never an error.
/// </summary>
public sealed class SignalInputBoundsTests
{
    [Fact]
    public async Task Snoozing_for_fewer_than_one_or_more_than_the_maximum_days_is_refused_and_changes_nothing()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);

        foreach (var days in new[] { "2147483647", "22", "0", "-1", "-2147483648", "99999999999", "1e3", "drie" })
        {
            var body = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.snooze", signal, new { days });

            Assert.True(body["value"] is System.Text.Json.Nodes.JsonValue, $"days={days}: {body.ToJsonString()}");
            Assert.Contains("niet uitstellen", SignalKit.Text(body));
        }
        var after = await SignalKit.ReloadAsync(app, signal.Id);
        Assert.Null(after.SnoozedUntil);
        Assert.Equal(signal.Version, after.Version);
        Assert.Contains("Volgende herinnering niet voor", SignalKit.Card(await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.snooze", signal, new { days = "10" })));
    }

    [Theory]
    [InlineData("9999-12-31", "meer dan vijf jaar vooruit")]
    [InlineData("+6y", "meer dan vijf jaar vooruit")]
    [InlineData("2020-01-01", "in het verleden")]
    [InlineData("0001-01-01", "in het verleden")]
    [InlineData("31-12-2030", "begrijp ik niet")]
    [InlineData("2030-02-30", "begrijp ik niet")]
    [InlineData("99999-01-01", "begrijp ik niet")]
    public async Task A_new_due_date_outside_today_to_five_years_ahead_is_refused_and_changes_nothing(string newDue, string refusal)
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);

        var body = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.update", signal, new { note = "Stand van zaken.", newDue = Date(newDue) });

        Assert.Contains(refusal, SignalKit.Text(body));
        var after = await SignalKit.ReloadAsync(app, signal.Id);
        Assert.Equal((signal.DueDate, signal.Version), (after.DueDate, after.Version));
    }

    [Fact]
    public async Task A_new_due_date_just_under_five_years_ahead_is_accepted()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        var due = Date("+5y-1d");

        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.update", signal, new { note = "Wetswijziging nodig.", newDue = due });

        Assert.Equal(due, SignalDates.Iso((await SignalKit.ReloadAsync(app, signal.Id)).DueDate));
    }

    [Theory]
    [InlineData("9999-12-31", "meer dan vijf jaar vooruit")]
    [InlineData("+6y", "meer dan vijf jaar vooruit")]
    [InlineData("2020-01-01", "in het verleden")]
    [InlineData("31-12-2030", "begrijp ik niet")]
    public async Task Registering_a_signal_with_a_due_date_outside_the_window_is_refused_and_takes_no_reference(string due, string refusal)
    {
        await using var app = await SignalKit.StartAsync();

        var response = await app.PostAsync(app.ClickAs("signal.register", new
        {
            verb = "signal.register", title = "Leges bij schrijnende situaties", description = "De leges zijn niet op te brengen.",
            category = SignalCategory.HarshRules, owner = SignalKit.Owner, due = Date(due),
        }, TriageKit.Coordinator1, "Coördinator"));

        Assert.Contains(refusal, await response.Content.ReadAsStringAsync());
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<Signal>().AnyAsync());
    }

    // "+6y" and "+5y-1d" are relative to today; anything else is sent as written.
    internal static string Date(string value)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return value switch
        {
            "+6y" => today.AddYears(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "+5y-1d" => today.AddYears(5).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value,
        };
    }
}
