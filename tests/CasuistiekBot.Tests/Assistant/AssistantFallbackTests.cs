using CasuistiekBot.Assistant;
using CasuistiekBot.Privacy;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.OpenAi;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Tests.Assistant;

public sealed class AssistantFallbackTests
{
    // Distinctive words, so any leak of the story into a log is easy to spot.
    private const string Story = "Mevrouw [NAAM] uit Zwartewaterland kreeg een naheffing van 12.400 euro na een Tozo-aanvraag.";
    private static readonly string[] StoryWords = ["Zwartewaterland", "naheffing", "12.400", "Tozo"];
    private static readonly RouteCandidate[] Candidates = [new("spreekuur", "Een concrete casus", 0.5)];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string, string> Failures => new()
    {
        { "500", nameof(AssistantFailure.HttpError) },
        { "429", nameof(AssistantFailure.HttpError) },
        { "malformed-body", nameof(AssistantFailure.MalformedAnswer) },
        { "not-json-content", nameof(AssistantFailure.MalformedAnswer) },
        { "array-content", nameof(AssistantFailure.MalformedAnswer) },
        { "empty-content", nameof(AssistantFailure.EmptyAnswer) },
        { "refusal", nameof(AssistantFailure.Refusal) },
        { "no-choices", nameof(AssistantFailure.EmptyAnswer) },
        { "content-filter", nameof(AssistantFailure.Refusal) },
        { "no-message", nameof(AssistantFailure.EmptyAnswer) },
        { "not-a-completion", nameof(AssistantFailure.MalformedAnswer) },
    };

    [Theory, MemberData(nameof(Failures))]
    public async Task A_failed_draft_is_null_with_one_warning_that_holds_no_story_text(string scenario, string failure)
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(Scripted(scenario));

        Assert.Null(await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None));

        var warning = Assert.Single(harness.Warnings);
        Assert.Equal(Enum.Parse<AssistantFailure>(failure), warning.Properties["Failure"]);
        Assert.Equal("draft", warning.Properties["Operation"]);
        AssertNoStoryText(harness);
    }

    [Theory, MemberData(nameof(Failures))]
    public async Task A_failed_route_refinement_is_null_with_one_warning_that_holds_no_story_text(string scenario, string failure)
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(Scripted(scenario));

        Assert.Null(await harness.Assistant.RefineRoutesAsync(Story, ScrubMemory.Create(), Candidates, "nl", None));

        Assert.Equal(Enum.Parse<AssistantFailure>(failure), Assert.Single(harness.Warnings).Properties["Failure"]);
        AssertNoStoryText(harness);
    }

    [Fact]
    public async Task A_server_error_is_not_retried_and_its_status_is_logged()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Status(500), times: 5);

        Assert.Null(await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None));

        Assert.Single(harness.Server.Requests);
        Assert.Equal(500, Assert.Single(harness.Warnings).Properties["StatusCode"]);
    }

    [Fact]
    public async Task A_slow_server_gives_null_once_the_configured_timeout_passes_on_the_clock()
    {
        await using var harness = await AssistantHarness.StartAsync(timeout: TimeSpan.FromSeconds(8));
        harness.Server.AnswerNext(FakeChatAnswer.Delayed(TimeSpan.FromMinutes(10), """{"summary": "Te laat."}"""));

        var draft = harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);
        await harness.Server.WaitForRequestsAsync(1, Patience);
        Assert.False(draft.IsCompleted);
        ((FakeTimeProvider)harness.Time).Advance(TimeSpan.FromSeconds(8));

        Assert.Null(await draft.WaitAsync(Patience));
        Assert.Equal(AssistantFailure.Timeout, harness.LastFailure);
    }

    [Fact]
    public async Task A_slow_server_gives_null_within_a_small_real_timeout()
    {
        await using var harness = await AssistantHarness.StartAsync(timeout: TimeSpan.FromMilliseconds(300), time: TimeProvider.System);
        harness.Server.AnswerNext(FakeChatAnswer.Delayed(TimeSpan.FromMinutes(10), """{"summary": "Te laat."}"""));

        // The server would answer after ten minutes; the call must end long before that.
        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None).WaitAsync(Patience);

        Assert.Null(draft);
        Assert.Equal(AssistantFailure.Timeout, harness.LastFailure);
        AssertNoStoryText(harness);
    }

    [Fact]
    public async Task A_slow_route_refinement_gives_null_once_the_timeout_passes()
    {
        await using var harness = await AssistantHarness.StartAsync(timeout: TimeSpan.FromMilliseconds(300), time: TimeProvider.System);
        harness.Server.AnswerNext(FakeChatAnswer.Delayed(TimeSpan.FromMinutes(10)));

        Assert.Null(await harness.Assistant.RefineRoutesAsync(Story, ScrubMemory.Create(), Candidates, "nl", None).WaitAsync(Patience));
        Assert.Equal(AssistantFailure.Timeout, harness.LastFailure);
    }

    [Fact]
    public async Task An_unreachable_server_gives_null()
    {
        await using var harness = await AssistantHarness.StartAsync();
        await harness.Server.DisposeAsync();

        Assert.Null(await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None).WaitAsync(Patience));
        Assert.Equal(AssistantFailure.Unreachable, harness.LastFailure);
        AssertNoStoryText(harness);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_swallowed()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Delayed(TimeSpan.FromMinutes(10)));
        using var cancel = new CancellationTokenSource();

        var draft = harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => draft.WaitAsync(Patience));
        Assert.Empty(harness.Warnings);
    }

    [Fact]
    public async Task After_a_failure_the_next_call_works_again()
    {
        await using var harness = await AssistantHarness.StartAsync();
        harness.Server.AnswerNext(FakeChatAnswer.Status(503));
        harness.Server.AnswerNext(FakeChatAnswer.Json("""{"summary": "Kort."}"""));

        Assert.Null(await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None));
        Assert.Equal("Kort.", (await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None))?.Summary);
    }

    private static FakeChatAnswer Scripted(string scenario) => scenario switch
    {
        "500" => FakeChatAnswer.Status(500),
        "429" => FakeChatAnswer.Status(429),
        "malformed-body" => FakeChatAnswer.Malformed(),
        "not-json-content" => FakeChatAnswer.Json("Zeker! Hier is de samenvatting: {situation: ..."),
        "array-content" => FakeChatAnswer.Json("""[{"summary": "Kort."}]"""),
        "empty-content" => FakeChatAnswer.Json(""),
        "refusal" => FakeChatAnswer.Refused(),
        "no-choices" => FakeChatAnswer.Empty(),
        "content-filter" => new FakeChatAnswer { Content = "", FinishReason = "content_filter" },
        "no-message" => FakeChatAnswer.Malformed("""{"id": "x", "choices": [{"index": 0, "message": {}, "finish_reason": "stop"}]}"""),
        "not-a-completion" => FakeChatAnswer.Malformed("[1, 2, 3]"),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    private static void AssertNoStoryText(AssistantHarness harness)
    {
        Assert.NotEmpty(harness.Logs.Entries);
        foreach (var entry in harness.Logs.Entries)
        {
            Assert.Null(entry.Exception);
            foreach (var word in StoryWords) Assert.DoesNotContain(word, entry.Everything);
        }
    }
}
