using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Hearing;
using CasuistiekBot.Panels;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Hearing;

/// <summary>
/// "Voelde je je gehoord?": asked of the inbrenger through the author route once the outcome is recorded, and of each
/// panel member who took part; kept without the person, once per person per casus; tampered answers refused.
/// </summary>
public sealed class HeardTests
{
    [Theory]
    [InlineData("3", CasusVisibility.Anonymous)]
    [InlineData("1", CasusVisibility.Named)]
    public async Task The_inbrenger_is_asked_in_their_own_chat_and_the_answer_is_kept_without_them(string choice, string visibility)
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app, choice);
        Assert.Equal(visibility, (await SessionKit.CasusAsync(app, casusId)).Visibility);

        await SessionOutcomeTests.RecordAsync(app, casusId);
        var card = await AuthorCardAsync(app);
        var (body, _) = await app.ClickAsync(HeardVerbs.Answer, Answer(card, new { remark = "Fijn gesprek, al noemde Jan de Vries mijn BSN 111222333 hardop." }));

        Assert.Contains("Dank je wel", body!.ToJsonString());
        Assert.DoesNotContain(HeardVerbs.Answer, body.ToJsonString());
        await using var db = await IntakeTranscriptTests.Db(app);
        var kept = await db.Set<HeardAnswer>().SingleAsync();
        Assert.Equal((HeardRoles.Author, HeardRoles.Author, 4), (kept.Role, kept.Respondent, kept.Score));
        Assert.Contains("[BSN-1]", kept.Remark);
        Assert.DoesNotContain("111222333", kept.Remark);
        Assert.DoesNotContain("Jan de Vries", kept.Remark);
        var casus = await SessionKit.CasusAsync(app, casusId);
        Assert.Equal((casus.UpdatedAt.Year, (casus.UpdatedAt.Month - 1) / 3 + 1), (kept.Year, kept.Quarter));
        // Nothing in the row leads to the author: not their id, name or lookup value.
        var row = System.Text.Json.JsonSerializer.Serialize(kept);
        Assert.DoesNotContain(SessionKit.AuthorAad, row);
        Assert.DoesNotContain(SessionKit.AuthorName, row);
        if (casus.AuthorKey is { } key) Assert.DoesNotContain(key, row);
        // The card went the author's way only: no one else got it.
        Assert.DoesNotContain(HeardVerbs.Answer, SessionKit.SentElsewhere(app));
    }

    [Fact]
    public async Task A_second_answer_is_refused_and_the_first_stands()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app, "3");
        await SessionOutcomeTests.RecordAsync(app, casusId);
        var card = await AuthorCardAsync(app);

        await app.ClickAsync(HeardVerbs.Answer, Answer(card, new { score = "2" }));
        var (again, _) = await app.ClickAsync(HeardVerbs.Answer, Answer(card, new { score = "5", remark = "Toch beter" }));

        Assert.Contains("al geantwoord", again!.ToJsonString());
        await using var db = await IntakeTranscriptTests.Db(app);
        var kept = await db.Set<HeardAnswer>().SingleAsync();
        Assert.Equal((2, (string?)null), (kept.Score, kept.Remark));
    }

    [Theory]
    [InlineData("7", null, null, "Kies een cijfer van 1 tot en met 5")]
    [InlineData("0", null, null, "Kies een cijfer van 1 tot en met 5")]
    [InlineData("4abc", null, null, "Kies een cijfer van 1 tot en met 5")]
    [InlineData("4", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", null, "kan ik niet bewaren")]
    [InlineData("4", null, HeardRoles.Panel, "kan ik niet bewaren")]
    [InlineData("4", null, "coordinator", "kan ik niet bewaren")]
    public async Task A_tampered_answer_is_refused_and_nothing_is_kept(string score, string? otherCasus, string? role, string refusal)
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app, "3");
        await SessionOutcomeTests.RecordAsync(app, casusId);
        var data = Answer(await AuthorCardAsync(app), new { score });
        if (otherCasus is not null) data["casusId"] = otherCasus;
        if (role is not null) data["role"] = role;

        var (body, _) = await app.ClickAsync(HeardVerbs.Answer, data);

        Assert.Contains(refusal, body!.ToJsonString());
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<HeardAnswer>().AnyAsync());
    }

    [Fact]
    public async Task Someone_else_cannot_answer_for_the_inbrenger()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app, "3");
        await SessionOutcomeTests.RecordAsync(app, casusId);
        var data = Answer(await AuthorCardAsync(app), new { score = "1" });

        var (body, _) = await SessionKit.ClickAsync(app, HeardVerbs.Answer, data, SessionKit.Expert, "Joost Bakker");

        Assert.Contains("kan ik niet bewaren", body.ToJsonString());
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<HeardAnswer>().AnyAsync());
    }

    [Fact]
    public async Task Each_panel_member_who_took_part_gets_the_shorter_card_and_answers_once_without_their_name()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app, "3");
        await SeatAsync(app, casusId, (SessionKit.Expert, MemberStatus.Accepted), (SessionKit.Expert2, MemberStatus.Declined));

        await SessionOutcomeTests.RecordAsync(app, casusId);
        await app.DeliverAllAsync();
        var panelCards = app.Connector.Activities.Select(TriageKit.CardJson).Where(c => c.Contains(HeardVerbs.Answer) && c.Contains(HeardRoles.Panel)).ToList();
        var card = JsonNode.Parse(Assert.Single(panelCards))!;
        Assert.DoesNotContain("\"remark\"", card.ToJsonString());
        Assert.Equal(HeardAnswer.MaxScore, CountButtons(card));

        var (body, _) = await SessionKit.ClickAsync(app, HeardVerbs.Answer, SessionKit.Inputs(card, HeardVerbs.Answer, new { score = "5" }), SessionKit.Expert, "Joost Bakker");
        var (again, _) = await SessionKit.ClickAsync(app, HeardVerbs.Answer, SessionKit.Inputs(card, HeardVerbs.Answer, new { score = "1" }), SessionKit.Expert, "Joost Bakker");
        var (declined, _) = await SessionKit.ClickAsync(app, HeardVerbs.Answer, SessionKit.Inputs(card, HeardVerbs.Answer, new { score = "1" }), SessionKit.Expert2, "Anouk de Boer");

        Assert.Contains("Dank je wel", body.ToJsonString());
        Assert.Contains("al geantwoord", again.ToJsonString());
        Assert.Contains("kan ik niet bewaren", declined.ToJsonString());
        await using var db = await IntakeTranscriptTests.Db(app);
        var kept = await db.Set<HeardAnswer>().SingleAsync();
        Assert.Equal((HeardRoles.Panel, 5), (kept.Role, kept.Score));
        Assert.StartsWith(HeardRoles.Panel + ":", kept.Respondent);
        Assert.DoesNotContain(SessionKit.Expert, kept.Respondent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Erasing_the_casus_blanks_the_remark_and_keeps_the_score()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app, "3");
        await SessionOutcomeTests.RecordAsync(app, casusId, actionPoints: 0, signals: 0);
        await app.ClickAsync(HeardVerbs.Answer, Answer(await AuthorCardAsync(app), new { score = "3", remark = "Het ging te snel." }));

        var erased = await app.Services.GetRequiredService<CaseErasure>().EraseAsync(Guid.Parse(casusId), Audit.System, "", CancellationToken.None);

        Assert.Equal(CaseErasure.Outcome.Erased, erased.Outcome);
        await using var db = await IntakeTranscriptTests.Db(app);
        var kept = await db.Set<HeardAnswer>().SingleAsync();
        Assert.Equal((3, (string?)null), (kept.Score, kept.Remark));
    }

    /// <summary>The "gehoord" card the author received, once everything due is delivered.</summary>
    internal static async Task<JsonNode> AuthorCardAsync(Support.BotApp app)
    {
        var message = await TriageKit.WaitForAuthorMessageAsync(app, m => TriageKit.CardJson(m).Contains(HeardVerbs.Answer));
        var card = JsonNode.Parse(TriageKit.CardJson(message))!;
        Assert.Contains("Voelde je je gehoord?", card.ToJsonString());
        Assert.Contains("\"remark\"", card.ToJsonString());
        Assert.Equal(HeardAnswer.MaxScore, CountButtons(card));
        return card;
    }

    /// <summary>The data of the score-4 button unless <paramref name="inputs"/> says otherwise.</summary>
    private static Dictionary<string, object?> Answer(JsonNode card, object inputs)
    {
        var data = SessionKit.Inputs(card, HeardVerbs.Answer, inputs);
        if (!inputs.GetType().GetProperties().Any(p => p.Name == "score")) data["score"] = "4";
        return data;
    }

    private static int CountButtons(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == HeardVerbs.Answer => 1,
        JsonObject o => o.Sum(p => CountButtons(p.Value)),
        JsonArray a => a.Sum(CountButtons),
        _ => 0,
    };

    private static async Task SeatAsync(Support.BotApp app, string casusId, params (string Aad, string Status)[] members)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        var panel = new Panel { Id = Guid.NewGuid(), CasusId = Guid.Parse(casusId), Status = PanelStatus.Invited, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        db.Add(panel);
        foreach (var (aad, status) in members)
        {
            db.Add(new PanelMember { PanelId = panel.Id, AadObjectId = aad, Name = aad, Seat = "inhoudsdeskundige", Status = status, Reason = "test", AddedAt = DateTimeOffset.UtcNow });
        }
        await db.SaveChangesAsync();
    }
}
