using CasuistiekBot.Tests.Signals;

namespace CasuistiekBot.Tests.Panels;

/// <summary>The date on the panel card is checked against its window before it is stored or counted with.</summary>
public sealed class SessionDateBoundsTests
{
    [Fact]
    public async Task A_session_date_outside_today_to_a_year_ahead_or_not_a_date_is_refused_and_nothing_is_set()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);
        var cases = new[]
        {
            ("9999-12-31", "meer dan een jaar vooruit"),
            ("+6y", "meer dan een jaar vooruit"),
            ("2020-01-06", "in het verleden"),
            ("0001-01-01", "in het verleden"),
            ("06-01-2030", "begrijp ik niet"),
            ("2030-13-01", "begrijp ik niet"),
            ("99999-01-01", "begrijp ik niet"),
        };

        foreach (var (date, refusal) in cases)
        {
            var body = await PanelKit.CoordinatorAsync(app, "panel.schedule", new
            {
                panelId = panel.Id, version = panel.Version, sessionDate = SignalInputBoundsTests.Date(date), sessionTime = "14:00", place = "Zaal 3",
            });
            Assert.True(body.Contains(refusal, StringComparison.Ordinal), $"{date}: {body}");
        }

        var after = await PanelKit.PanelAsync(app);
        Assert.Null(after.SessionDate);
        Assert.Equal(panel.Version, after.Version);
    }
}
