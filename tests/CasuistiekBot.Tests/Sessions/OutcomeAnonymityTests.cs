using CasuistiekBot.Cases;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Sessions;

/// <summary>The author hears the outcome in their own chat whatever their visibility; no outcome card names them.</summary>
public sealed class OutcomeAnonymityTests
{
    [Theory]
    [InlineData("1", CasusVisibility.Named)]
    [InlineData("3", CasusVisibility.Anonymous)]
    public async Task The_author_hears_the_outcome_and_no_outcome_or_action_point_card_names_them(string choice, string visibility)
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app, choice);
        Assert.Equal(visibility, (await SessionKit.CasusAsync(app, casusId)).Visibility);

        var summary = await SessionOutcomeTests.RecordAsync(app, casusId);
        var message = await TriageKit.WaitForAuthorMessageAsync(app, m => m.Text?.Contains("Het gedeelde beeld") == true);
        var ownerCard = (await SessionOutcomeTests.ActionPointCardAsync(app, "Actiepunt 2")).ToJsonString();
        var outcomeCard = TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Uitkomst CS-")));

        Assert.Contains("Het gedeelde beeld", message.Text);
        foreach (var card in new[] { summary, ownerCard, outcomeCard })
        {
            Assert.DoesNotContain(SessionKit.AuthorName, card);
            Assert.DoesNotContain(SessionKit.AuthorAad, card);
        }
        // Nothing the bot sent to anyone but the author carries the author's identity, except a named casus's triage card.
        var elsewhere = app.Connector.Requests.Where(r => r.Activity is not null && r.ConversationId != "a:personal-1")
            .Select(r => r.Body).Where(b => !b.Contains("triage.spreekuur") && !b.Contains("\"Inbrenger\""));
        Assert.All(elsewhere, body => Assert.DoesNotContain(SessionKit.AuthorAad, body));
        if (visibility == CasusVisibility.Anonymous) Assert.DoesNotContain(SessionKit.AuthorName, SessionKit.SentElsewhere(app));
    }
}
