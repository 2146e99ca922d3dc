using System.Text.Json.Nodes;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Triage;

/// <summary>
/// "Vraag stellen" relays a coordinator's question to the author. Every question must arrive, also when several come
/// before a decision or at the same moment; the same click sent twice (a double click, a replayed activity) asks once.
/// </summary>
public sealed class QuestionRelayTests
{
    [Fact]
    public async Task Two_questions_before_a_decision_each_reach_the_author()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var card = JsonNode.Parse(TriageKit.CardJson(await TriageKit.SubmitCasusAsync(app)))!;

        var (first, _) = await SessionKit.ClickAsync(app, "triage.ask", SessionKit.Inputs(card, "triage.ask", new { question = "Sinds wanneer speelt dit?" }));
        var (second, _) = await SessionKit.ClickAsync(app, "triage.ask",
            SessionKit.Inputs(SessionKit.Card(first)!, "triage.ask", new { question = "Wie is er al bij betrokken?" }), TriageKit.Coordinator2, "Fatima El Amrani");

        Assert.Contains("Wie is er al bij betrokken?", SessionKit.Card(second)!.ToJsonString());
        await app.DeliverAllAsync();
        Assert.Equal(["Sinds wanneer speelt dit?", "Wie is er al bij betrokken?"], QuestionsSentToAuthor(app));
    }

    [Fact]
    public async Task Questions_asked_at_the_same_moment_from_different_threads_all_reach_the_author()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var card = JsonNode.Parse(TriageKit.CardJson(await TriageKit.SubmitCasusAsync(app)))!;
        string[] asked = ["Vraag een: wanneer begon het?", "Vraag twee: wie weet ervan?", "Vraag drie: wat is er geprobeerd?"];

        // Each from its own reply thread, so the bot does not queue them behind each other.
        var clicks = asked.Select((question, i) =>
        {
            var activity = app.ClickAs("triage.ask", SessionKit.Inputs(card, "triage.ask", new { question }), i % 2 == 0 ? TriageKit.Coordinator1 : TriageKit.Coordinator2, "Coördinator");
            return app.PostAsync(activity with { Conversation = activity.Conversation! with { Id = $"{TriageKit.Channel};messageid=17000000000{i}" } });
        });
        var responses = await Task.WhenAll(clicks);

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        await app.DeliverAllAsync();
        Assert.Equal(asked.Order(), QuestionsSentToAuthor(app).Order());
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(3, await db.Set<CasusQuestion>().CountAsync());
    }

    [Fact]
    public async Task A_double_click_and_a_replay_of_Vraag_stellen_store_the_question_once_and_send_the_author_one_card()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var card = JsonNode.Parse(TriageKit.CardJson(await TriageKit.SubmitCasusAsync(app)))!;
        var data = SessionKit.Inputs(card, "triage.ask", new { question = "Sinds wanneer speelt dit?" });

        var (first, _) = await SessionKit.ClickAsync(app, "triage.ask", data);
        var (again, _) = await SessionKit.ClickAsync(app, "triage.ask", data);
        var (replayed, _) = await SessionKit.ClickAsync(app, "triage.ask", data);

        await app.DeliverAllAsync();
        Assert.Equal(["Sinds wanneer speelt dit?"], QuestionsSentToAuthor(app));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<CasusQuestion>().CountAsync());
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == "vraag-gesteld"));
        // The repeats are answered with the current card, which shows the one question.
        foreach (var answer in new[] { first, again, replayed })
        {
            var shown = SessionKit.Card(answer)!.ToJsonString();
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(shown, "Sinds wanneer speelt dit\\?"));
        }
    }

    [Fact]
    public async Task The_same_card_may_carry_a_different_question_from_the_same_coordinator()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var card = JsonNode.Parse(TriageKit.CardJson(await TriageKit.SubmitCasusAsync(app)))!;

        await SessionKit.ClickAsync(app, "triage.ask", SessionKit.Inputs(card, "triage.ask", new { question = "Eerste vraag?" }));
        await SessionKit.ClickAsync(app, "triage.ask", SessionKit.Inputs(card, "triage.ask", new { question = "Tweede vraag?" }));

        await app.DeliverAllAsync();
        Assert.Equal(["Eerste vraag?", "Tweede vraag?"], QuestionsSentToAuthor(app));
    }

    /// <summary>The questions on the question cards the author's chat received, in the order they arrived.</summary>
    internal static List<string> QuestionsSentToAuthor(BotApp app) =>
        TriageKit.SentTo(app, "a:personal-1")
            .Where(a => TriageKit.CardJson(a).Contains("casus.answer"))
            .Select(a => JsonNode.Parse(TriageKit.CardJson(a))!)
            .Select(c => c["body"]![1]!["text"]!.GetValue<string>())   // the title, then the question
            .ToList();
}
