using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Triage;

public sealed class TriageTests
{
    [Fact]
    public async Task Only_an_admin_can_register_the_coordinators_channel_and_only_in_a_channel()
    {
        await using var app = await TriageKit.StartAsync();

        var reply0 = await app.ReplyAsync(app.InChannel("registreer als coördinatoren-kanaal", TriageKit.Coordinator1));
        Assert.Contains("Alleen beheerders", reply0.Text);
        var reply1 = await app.ReplyAsync(app.Message("registreer als coördinatoren-kanaal") with { From = app.Message("x").From! with { AadObjectId = TriageKit.Admin } });
        Assert.Contains("persoonlijke chat", reply1.Text);

        var registered = await app.ReplyAsync(app.InChannel("registreer als coördinatoren-kanaal", TriageKit.Admin, "Beheerder"));
        Assert.Contains("geregistreerd", registered.Text);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(TriageKit.Channel, (await db.Set<CoordinatorChannel>().SingleAsync(c => c.Active)).ConversationId);
    }

    [Fact]
    public async Task A_new_casus_appears_in_the_channel_as_a_triage_card_with_advice_and_without_a_confidential_name_in_the_clear()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);

        var card = TriageKit.CardJson(await TriageKit.SubmitCasusAsync(app));

        Assert.Contains($"CS-{DateTime.UtcNow.Year}-0001", card);
        Assert.Contains("[NAAM-1]", card);
        Assert.Contains("Voorgestelde routes", card);
        Assert.Contains("vertrouwelijk", card);
        Assert.Contains("triëren uiterlijk", card);
    }

    [Fact]
    public async Task An_anonymous_authors_name_never_appears_on_the_triage_card()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);

        var card = TriageKit.CardJson(await TriageKit.SubmitCasusAsync(app, visibility: "3"));

        Assert.Contains("anoniem", card);
        Assert.DoesNotContain(app.Message("x").From!.Name!, card);
    }

    [Fact]
    public async Task Cases_raised_before_the_channel_was_registered_are_posted_when_it_is()
    {
        await using var app = await TriageKit.StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });

        await TriageKit.RegisterChannelAsync(app);

        Assert.Contains("triage.spreekuur", TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("CS-"))));
    }

    [Fact]
    public async Task Sending_a_casus_to_the_spreekuur_updates_the_card_for_everyone_and_tells_the_author()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var (casusId, version) = TriageKit.Ids(await TriageKit.SubmitCasusAsync(app));

        var response = await app.PostAsync(app.ClickAs("triage.spreekuur", new { casusId, version }, TriageKit.Coordinator1, "Pieter Jansen"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Pieter Jansen stuurde deze casus", body);
        Assert.DoesNotContain("triage.spreekuur", body);
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Pieter Jansen stuurde deze casus"));
        Assert.Contains(app.Connector.Requests, r => r.Method == "PUT" && r.ConversationId == TriageKit.Channel);
        Assert.Contains("Casuïstiek Spreekuur", (await TriageKit.WaitForAuthorMessageAsync(app, m => m.Text?.Contains("Spreekuur") == true)).Text);
        Assert.Equal(CasusStatus.InTriage, (await IntakeTranscriptTests.SingleCasusAsync(app)).Status);
    }

    [Fact]
    public async Task Two_coordinators_at_once_give_one_decision_and_the_second_hears_who_was_first()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var (casusId, version) = TriageKit.Ids(await TriageKit.SubmitCasusAsync(app));

        var first = app.PostAsync(app.ClickAs("triage.spreekuur", new { casusId, version }, TriageKit.Coordinator1, "Pieter Jansen"));
        var second = app.PostAsync(app.ClickAs("triage.reject", new { casusId, version, reason = "Hoort hier niet." }, TriageKit.Coordinator2, "Fatima El Amrani"));
        var bodies = await Task.WhenAll((await Task.WhenAll(first, second)).Select(r => r.Content.ReadAsStringAsync()));

        await using var db = await IntakeTranscriptTests.Db(app);
        var decision = await db.Set<TriageDecision>().SingleAsync();
        Assert.Single(bodies, b => b.Contains("al behandeld door " + decision.DecidedByName));
        var audits = await db.Set<CasuistiekBot.Storage.AuditEntry>().Where(a => a.Action == "naar-spreekuur" || a.Action == "afgewezen").CountAsync();
        Assert.Equal(1, audits);
    }

    [Fact]
    public async Task Referring_needs_a_route_and_a_motivation_and_gives_the_author_the_contact()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var (casusId, version) = TriageKit.Ids(await TriageKit.SubmitCasusAsync(app));

        var withoutMotivation = await app.PostAsync(app.ClickAs("triage.refer", new { casusId, version, route = "juridische-zaken" }, TriageKit.Coordinator1, "Pieter Jansen"));
        Assert.Contains("Vul eerst", await withoutMotivation.Content.ReadAsStringAsync());

        var referred = await app.PostAsync(app.ClickAs("triage.refer", new { casusId, version, route = "juridische-zaken", motivation = "Het gaat om uitleg van het overgangsrecht." }, TriageKit.Coordinator1, "Pieter Jansen"));

        Assert.Contains("verwees deze casus", await referred.Content.ReadAsStringAsync());
        var message = await TriageKit.WaitForAuthorMessageAsync(app, m => m.Text?.Contains("doorverwezen") == true);
        Assert.Contains("overgangsrecht", message.Text);
        Assert.Equal(CasusStatus.Referred, (await IntakeTranscriptTests.SingleCasusAsync(app)).Status);
    }

    [Fact]
    public async Task A_question_reaches_the_author_and_the_answer_comes_back_on_the_card()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var (casusId, _) = TriageKit.Ids(await TriageKit.SubmitCasusAsync(app, visibility: "3"));

        await app.PostAsync(app.ClickAs("triage.ask", new { casusId, question = "Sinds wanneer speelt dit?" }, TriageKit.Coordinator1, "Pieter Jansen"));
        var questionCard = await TriageKit.WaitForAuthorMessageAsync(app, m => TriageKit.CardJson(m).Contains("casus.answer"));
        var questionId = System.Text.Json.Nodes.JsonNode.Parse(TriageKit.CardJson(questionCard))!["actions"]![0]!["data"]!["questionId"]!.GetValue<long>();

        var stranger = app.Execute("casus.answer", new { questionId, answer = "Ik weet het niet." });
        stranger = stranger with { From = stranger.From! with { AadObjectId = TriageKit.Coordinator2 } };
        Assert.Contains("alleen de inbrenger", await (await app.PostAsync(stranger)).Content.ReadAsStringAsync());
        var (answered, _) = await app.ClickAsync("casus.answer", new { questionId, answer = "Sinds mei van dit jaar." });

        Assert.Contains("Sinds mei van dit jaar.", answered!.ToJsonString());
        var card = TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Sinds mei van dit jaar.")));
        Assert.Contains("antwoord van de inbrenger", card);
        Assert.DoesNotContain(app.Message("x").From!.Name!, card);
    }
}
