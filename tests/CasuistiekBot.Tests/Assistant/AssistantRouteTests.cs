using CasuistiekBot.Assistant;
using CasuistiekBot.Privacy;
using CasuistiekBot.Testing.OpenAi;

namespace CasuistiekBot.Tests.Assistant;

public sealed class AssistantRouteTests
{
    private const string Text = "Een medewerker voelt zich geïntimideerd door een collega bij het werkoverleg.";
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly RouteCandidate[] Candidates =
    [
        new("lijn", "Werkorganisatie voor de lijnmanager", 0.5),
        new("vertrouwenspersoon", "Sociale veiligheid, vertrouwelijk", 0.4),
        new("spreekuur", "Een concrete casus voor een gedeeld beeld", 0.3),
    ];

    [Fact]
    public async Task Good_route_advice_is_read_and_ordered_best_first()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""
            {"routes": [
              {"id": "lijn", "score": 0.3, "reason": "Het gaat ook over het werkoverleg."},
              {"id": "vertrouwenspersoon", "score": 0.9, "reason": "Intimidatie op het werk hoort bij de vertrouwenspersoon."}
            ]}
            """));

        var advice = await harness.Assistant.RefineRoutesAsync(Text, ScrubMemory.Create(), Candidates, "nl", None);

        Assert.Equal(
        [
            new RouteAdvice("vertrouwenspersoon", 0.9, "Intimidatie op het werk hoort bij de vertrouwenspersoon."),
            new RouteAdvice("lijn", 0.3, "Het gaat ook over het werkoverleg."),
        ], advice);
    }

    [Fact]
    public async Task Route_ids_that_were_not_offered_are_dropped()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""
            {"routes": [
              {"id": "integriteitsmelding", "score": 1.0, "reason": "Verzonnen route."},
              {"id": "Spreekuur", "score": 0.8, "reason": "Andere schrijfwijze."},
              {"id": "spreekuur", "score": 0.6, "reason": "Past."}
            ]}
            """));

        var advice = await harness.Assistant.RefineRoutesAsync(Text, ScrubMemory.Create(), Candidates, "nl", None);

        Assert.Equal([new RouteAdvice("spreekuur", 0.6, "Past.")], advice);
    }

    [Fact]
    public async Task Advice_with_only_unknown_ids_is_no_advice()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""{"routes": [{"id": "ontslag", "score": 1, "reason": "Weg ermee."}]}"""));

        Assert.Null(await harness.Assistant.RefineRoutesAsync(Text, ScrubMemory.Create(), Candidates, "nl", None));
        Assert.Equal(AssistantFailure.NothingValid, harness.LastFailure);
    }

    [Fact]
    public async Task Scores_are_clamped_duplicates_keep_the_first_and_items_without_a_score_are_skipped()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""
            {"routes": [
              {"id": "lijn", "score": "hoog", "reason": "Geen getal."},
              {"id": "lijn", "score": -2},
              {"id": "vertrouwenspersoon", "score": 7, "reason": "Zeker."},
              {"id": "vertrouwenspersoon", "score": 0.1, "reason": "Tweede keer."},
              "spreekuur"
            ]}
            """));

        var advice = await harness.Assistant.RefineRoutesAsync(Text, ScrubMemory.Create(), Candidates, "nl", None);

        Assert.Equal([new RouteAdvice("vertrouwenspersoon", 1, "Zeker."), new RouteAdvice("lijn", 0, "")], advice);
    }

    [Theory]
    [InlineData("""{"routes": "lijn"}""")]
    [InlineData("""{"advies": [{"id": "lijn", "score": 1}]}""")]
    [InlineData("""{"routes": []}""")]
    public async Task An_answer_without_a_usable_routes_list_is_no_advice(string json)
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json(json));

        Assert.Null(await harness.Assistant.RefineRoutesAsync(Text, ScrubMemory.Create(), Candidates, "nl", None));
    }
}
