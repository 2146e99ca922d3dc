using CasuistiekBot.Cases;
using CasuistiekBot.Panels;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Panels;

/// <summary>The inbrenger's preview of their panel, in their own language, with buttons only while it waits.</summary>
public sealed class PreviewCardTests
{
    [Theory]
    [InlineData("nl", "Wie er over je casus CS-2026-0007 komen praten", "Akkoord", "Bezwaar", "Staat je eigen leidinggevende in deze lijst?")]
    [InlineData("en", "Who will discuss your casus CS-2026-0007", "Agree", "Object", "Is your own manager on this list?")]
    public async Task The_preview_speaks_the_inbrengers_language(string language, string title, string agree, string objection, string consent)
    {
        await using var app = await BotApp.StartAsync();
        var cards = app.Services.GetRequiredService<PreviewCards>();
        var (casus, panel, members) = Example(language);

        var card = cards.Render(casus, panel, members).ToJsonString();

        Assert.Contains(title, card);
        Assert.Contains($"\"title\":\"{agree}\"", card);
        Assert.Contains($"\"title\":\"{objection}\"", card);
        Assert.Contains(consent, card);
        Assert.Contains("Joost Bakker", card);
        Assert.DoesNotContain("Removed Person", card);
    }

    [Fact]
    public async Task An_answered_preview_shows_the_answer_and_no_buttons()
    {
        await using var app = await BotApp.StartAsync();
        var (casus, panel, members) = Example("nl");

        var card = app.Services.GetRequiredService<PreviewCards>().Render(casus, panel, members, PreviewAnswer.Objected).ToJsonString();

        Assert.Contains("Je bezwaar is genoteerd", card);
        Assert.DoesNotContain("panel.preview.agree", card);
        Assert.DoesNotContain("panel.preview.object", card);
    }

    private static (Casus, Panel, List<PanelMember>) Example(string language)
    {
        var casus = new Casus
        {
            Id = Guid.NewGuid(), Reference = "CS-2026-0007", Visibility = CasusVisibility.Anonymous, Language = language,
            Story = "Een verhaal.", Wish = "gedeeld-beeld", RoutesJson = "[]",
        };
        var panel = new Panel
        {
            Id = Guid.NewGuid(), CasusId = casus.Id, Status = PanelStatus.Draft, SessionDate = new DateOnly(2026, 12, 10), SessionTime = new TimeOnly(14, 0),
            Place = "Teams", PreviewStatus = AuthorPreview.Waiting, PreviewUntil = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero), Version = 3,
        };
        List<PanelMember> members =
        [
            new() { Id = 1, PanelId = panel.Id, AadObjectId = "a", Name = "Joost Bakker", Seat = PanelSeat.Facilitator, Status = MemberStatus.Proposed, Reason = "" },
            new() { Id = 2, PanelId = panel.Id, AadObjectId = "b", Name = "Removed Person", Seat = PanelSeat.Expert, Status = MemberStatus.Removed, Reason = "" },
        ];
        return (casus, panel, members);
    }
}
