using CasuistiekBot.Assistant;
using CasuistiekBot.Cases;
using CasuistiekBot.Privacy;
using CasuistiekBot.Testing.OpenAi;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Assistant;

/// <summary>What the language model writes is scrubbed like what a person types, before it is stored or shown.</summary>
public sealed class AssistantScrubbingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_draft_with_a_name_a_bsn_and_a_phone_number_comes_back_with_placeholders_that_continue_the_casus_numbering()
    {
        await using var harness = await AssistantHarness.StartAsync();
        var memory = ScrubMemory.Create();
        var story = harness.Scrubber.Scrub("Mevrouw Jansen moet met haar zieke zoon het land uit.", memory).Text;
        harness.Server.AnswerNext(FakeChatAnswer.Json("""
            {
              "situation": "Mevrouw Jansen moet met haar zieke zoon vertrekken.",
              "chafes": "Het vertrekbeleid botst met de zorg voor het kind.",
              "tried": "Overlegd met meneer De Vries (BSN 111222333), bereikbaar op 06-12345678.",
              "summary": "Vertrek van mevrouw Jansen met een ziek kind."
            }
            """));

        var draft = await harness.Assistant.DraftAsync(story, memory, "nl", None);

        Assert.Equal("Mevrouw [NAAM-1] moet met haar zieke zoon vertrekken.", draft!.Situation);
        Assert.Equal("Het vertrekbeleid botst met de zorg voor het kind.", draft.Chafes);
        Assert.DoesNotContain("Vries", draft.Tried);
        Assert.DoesNotContain("111222333", draft.Tried);
        Assert.DoesNotContain("12345678", draft.Tried);
        Assert.Contains("[NAAM-2]", draft.Tried);
        Assert.Contains("[BSN-1]", draft.Tried);
        Assert.DoesNotContain("Jansen", draft.Summary);
    }

    [Fact]
    public async Task A_route_reason_that_names_someone_is_scrubbed_too()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""
            {"routes": [{"id": "spreekuur", "score": 0.9, "reason": "Bespreek dit met meneer De Vries van team Zuid."}]}
            """));

        var advice = await harness.Assistant.RefineRoutesAsync("Een verhaal over een gezin.", ScrubMemory.Create(), [new("spreekuur", "Casus", 0.5)], "nl", None);

        var reason = Assert.Single(advice!).Reason;
        Assert.DoesNotContain("Vries", reason);
        Assert.Contains("[NAAM-1]", reason);
    }

    [Fact]
    public async Task In_the_intake_the_drafted_fields_reach_the_summary_card_and_the_stored_casus_only_scrubbed()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        await using var app = await BotApp.StartAsync(extra: new Dictionary<string, string?>
        {
            ["AI:Endpoint"] = model.Endpoint,
            ["AI:Model"] = "casus-model",
        });
        model.AnswerNext(FakeChatAnswer.Json("""
            {
              "situation": "Een gezin moet vertrekken terwijl het jongste kind ernstig ziek is.",
              "chafes": "Het vertrekbeleid botst met de zorg; mevrouw Jansen is ten einde raad.",
              "tried": "Gebeld met meneer De Vries (BSN 111222333) op 06-12345678.",
              "wants": "advies",
              "summary": "Vertrek van een gezin met een ernstig ziek kind."
            }
            """));

        await app.SayAsync("nieuwe casus");
        await app.SayAsync("Een gezin moet vertrekken terwijl het jongste kind ernstig ziek is.");
        await app.SayAsync("geen");
        await app.SayAsync("IND, directie Asiel en Bescherming");
        var summary = (await app.SayAsync("2")).Cards();
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        Assert.Contains("[BSN-1]", summary);
        foreach (var value in new[] { "Jansen", "Vries", "111222333", "12345678" })
        {
            Assert.DoesNotContain(value, summary);
            Assert.DoesNotContain(value, $"{casus.Situation} {casus.Chafes} {casus.Tried} {casus.Story}");
        }
        Assert.Contains("[BSN-1]", casus.Tried);
        Assert.Equal(CasusStatus.Submitted, casus.Status);
    }
}
