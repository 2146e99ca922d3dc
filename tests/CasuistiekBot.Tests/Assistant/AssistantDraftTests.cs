using CasuistiekBot.Assistant;
using CasuistiekBot.Privacy;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.OpenAi;

namespace CasuistiekBot.Tests.Assistant;

public sealed class AssistantDraftTests
{
    private const string Story = "Een gezin moet terug, maar het jongste kind is ernstig ziek. Ik wil advies voor 1 maart.";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_good_draft_is_read_into_the_intake_fields()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""
            {
              "situation": "Een gezin moet terugkeren terwijl het jongste kind ernstig ziek is.",
              "chafes": "Het terugkeerbeleid botst met de zorg voor een ziek kind.",
              "tried": "Overlegd met de teamleider.",
              "wants": "advies",
              "deadline": "2027-03-01",
              "summary": "Terugkeer van een gezin met een ernstig ziek kind."
            }
            """));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.Equal(new CasusDraft(
            "Een gezin moet terugkeren terwijl het jongste kind ernstig ziek is.",
            "Het terugkeerbeleid botst met de zorg voor een ziek kind.",
            "Overlegd met de teamleider.",
            CasusWants.Advice,
            new DateOnly(2027, 3, 1),
            "Terugkeer van een gezin met een ernstig ziek kind."), draft);
        Assert.Empty(harness.Warnings);
    }

    [Fact]
    public async Task Fields_the_story_does_not_state_stay_null()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""
            {"situation": "Een gezin moet terugkeren.", "chafes": null, "tried": null, "wants": null, "deadline": null, "summary": "Terugkeer van een gezin."}
            """));

        var draft = await harness.Assistant.DraftAsync("Een gezin moet terugkeren.", ScrubMemory.Create(), "nl", None);

        Assert.Equal(new CasusDraft("Een gezin moet terugkeren.", null, null, null, null, "Terugkeer van een gezin."), draft);
    }

    [Fact]
    public async Task Missing_keys_placeholder_words_and_blank_text_are_null_too()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""{"situation": "  ", "chafes": "onbekend", "tried": "N/A"}"""));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.NotNull(draft);
        Assert.True(draft.IsEmpty);
    }

    [Theory]
    [InlineData("\"wants\": \"een oordeel\"")]
    [InlineData("\"wants\": \"ADVIES please\"")]
    [InlineData("\"wants\": 3")]
    [InlineData("\"wants\": [\"advies\"]")]
    public async Task A_wants_value_outside_the_four_codes_becomes_null(string wants)
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json($$"""{"situation": "Iets schuurt.", {{wants}}}"""));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.Equal(new CasusDraft("Iets schuurt.", null, null, null, null, null), draft);
    }

    [Fact]
    public async Task A_wants_code_in_other_casing_is_accepted()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""{"wants": " Gedeeld-Beeld "}"""));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.Equal(CasusWants.SharedView, draft?.Wants);
    }

    [Theory]
    [InlineData("\"1 maart\"")]
    [InlineData("\"2027-02-30\"")]
    [InlineData("\"01-03-2027\"")]
    [InlineData("\"2027-03-01T10:00:00Z\"")]
    [InlineData("20270301")]
    [InlineData("\"2026-11-01\"")]
    [InlineData("\"2029-03-01\"")]
    public async Task An_invalid_past_or_far_off_deadline_becomes_null(string deadline)
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json($$"""{"summary": "Kort.", "deadline": {{deadline}}}"""));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.Equal(new CasusDraft(null, null, null, null, null, "Kort."), draft);
    }

    [Theory]
    [InlineData("2026-11-02")]
    [InlineData("2028-11-02")]
    public async Task A_deadline_from_today_up_to_two_years_ahead_is_kept(string deadline)
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json($$"""{"deadline": "{{deadline}}"}"""));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.Equal(DateOnly.ParseExact(deadline, "yyyy-MM-dd"), draft?.Deadline);
    }

    [Fact]
    public async Task The_prompt_tells_the_model_which_day_it_is_in_the_Netherlands()
    {
        // 23:30 UTC on 1 November is already 2 November in Amsterdam.
        var lateEvening = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 23, 30, 0, TimeSpan.Zero));
        await using var harness = await AssistantHarness.StartAsync(time: lateEvening);

        await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        var system = Assert.Single(harness.Server.Requests).Messages[0].Content;
        Assert.Contains("Today is 2026-11-02, a Monday;", system);
    }

    [Fact]
    public async Task Over_long_fields_are_cut_at_a_word_with_an_ellipsis()
    {
        await using var harness = await AssistantHarness.StartAsync();
        var endless = string.Concat(Enumerable.Repeat("woord ", 1000));
        harness.Server.AnswerNext(FakeChatAnswer.Json($$"""{"situation": "{{endless}}", "summary": "{{endless}}"}"""));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.NotNull(draft);
        Assert.InRange(draft.Situation!.Length, CasusDraftReader.MaxFieldLength / 2, CasusDraftReader.MaxFieldLength);
        Assert.EndsWith("woord…", draft.Situation);
        Assert.InRange(draft.Summary!.Length, CasusDraftReader.MaxSummaryLength / 2, CasusDraftReader.MaxSummaryLength);
    }

    [Fact]
    public async Task Control_characters_in_a_field_become_spaces_but_line_breaks_stay()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""{"tried": "Gebeld\u0007 met\tde IND.\nDaarna gemaild."}"""));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.Equal("Gebeld  met de IND.\nDaarna gemaild.", draft?.Tried);
    }

    [Fact]
    public async Task Json_wrapped_in_a_markdown_fence_is_still_read()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("```json\n{\"summary\": \"Kort.\"}\n```"));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.Equal("Kort.", draft?.Summary);
    }

    [Fact]
    public async Task Unknown_keys_in_the_answer_are_ignored()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Json("""{"summary": "Kort.", "route": "integriteitsmelding", "bsn": "123456782"}"""));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.Equal(new CasusDraft(null, null, null, null, null, "Kort."), draft);
    }
}
