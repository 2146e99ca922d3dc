using CasuistiekBot.Panels;

namespace CasuistiekBot.Tests.Panels;

/// <summary>An anonymous casus' panel suggestion says nothing about who raised it.</summary>
public sealed class PanelIndependenceTests
{
    [Fact]
    public async Task The_same_anonymous_casus_from_authors_with_different_managers_gets_the_same_suggestion()
    {
        var panels = new List<List<(string Name, string Seat)>>();
        foreach (var manager in new[] { PanelKit.Marieke, PanelKit.Ruud })
        {
            await using var app = await PanelKit.StartAsync();
            await PreviewKit.AuthorReportsToAsync(app, manager);
            await PanelKit.ToSpreekuurAsync(app, visibility: "3");
            panels.Add((await PanelKit.MembersAsync(app)).Select(m => (m.Name, m.Seat)).ToList());
        }

        Assert.Equal(panels[0], panels[1]);
        // The first author's own manager is suggested like anyone else: leaving her off would name the author's team.
        Assert.Contains(("Marieke Visser", PanelSeat.LineManager), panels[0]);
    }
}
