using System.ClientModel;
using System.Text.Json;
using CasuistiekBot.Calendar;
using CasuistiekBot.Privacy;
using CasuistiekBot.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Assistant;

// The assistant over any IChatClient. Every failure ends in null and one warning; only the caller's own cancellation
// escapes, because then nobody is waiting for the deterministic path either.
internal sealed class ChatCasusAssistant(
    IChatClient chat,
    IOptions<AssistantOptions> options,
    PersonalDataScrubber scrubber,
    TimeProvider time,
    WorkingDayCalendar calendar,
    ProductMetrics metrics,
    ILogger<ChatCasusAssistant> logger) : ICasusAssistant
{
    private const string DraftOperation = "draft";
    private const string RoutesOperation = "routes";
    // The error code Microsoft.Extensions.AI.OpenAI gives a model's refusal, which is not text to parse.
    private const string RefusalErrorCode = "Refusal";

    public async Task<CasusDraft?> DraftAsync(string scrubbedStory, ScrubMemory memory, string language, CancellationToken cancellationToken)
    {
        // The organisation's date, so that "volgende week vrijdag" in a story resolves the way the inbrenger meant.
        var today = calendar.LocalDate(time.GetUtcNow());
        var started = time.GetTimestamp();
        if (await AskAsync(DraftOperation, AssistantPrompts.Draft(scrubbedStory, language, today), started, cancellationToken) is not { } answer)
            return null;

        var draft = Scrubbed(CasusDraftReader.Read(answer, today), memory);
        metrics.AssistantCalled(DraftOperation, "answered");
        AssistantLog.Answered(logger, DraftOperation, time.GetElapsedTime(started), FilledFields(draft).Count(v => v is not null), FilledFields(draft).Length);
        return draft;
    }

    public async Task<IReadOnlyList<RouteAdvice>?> RefineRoutesAsync(
        string scrubbedText, ScrubMemory memory, IReadOnlyList<RouteCandidate> candidates, string language, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0) return null;
        var started = time.GetTimestamp();
        if (await AskAsync(RoutesOperation, AssistantPrompts.Routes(scrubbedText, candidates, language), started, cancellationToken) is not { } answer)
            return null;

        var advice = RouteAdviceReader.Read(answer, candidates).Select(a => a with { Reason = Scrubbed(a.Reason, memory)! }).ToList();
        if (advice.Count == 0)
        {
            Fail(RoutesOperation, AssistantFailure.NothingValid, started);
            return null;
        }
        metrics.AssistantCalled(RoutesOperation, "answered");
        AssistantLog.Answered(logger, RoutesOperation, time.GetElapsedTime(started), advice.Count, candidates.Count);
        return advice;
    }

    private async Task<JsonElement?> AskAsync(string operation, IList<ChatMessage> messages, long started, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        ChatResponse response;
        try
        {
            response = await chat.GetResponseAsync(messages, new ChatOptions
            {
                ResponseFormat = ChatResponseFormat.Json,
                MaxOutputTokens = settings.MaxOutputTokens,
                Temperature = settings.Temperature,
            }, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(operation, AssistantFailure.Timeout, started);
        }
        catch (ClientResultException e) when (e.Status == 0)
        {
            return Fail(operation, AssistantFailure.Unreachable, started, errorType: e.InnerException?.GetType().Name);
        }
        catch (ClientResultException e)
        {
            return Fail(operation, AssistantFailure.HttpError, started, e.Status);
        }
        catch (ArgumentOutOfRangeException)
        {
            // What the OpenAI library throws when it reads the first choice of an answer that has none.
            return Fail(operation, AssistantFailure.EmptyAnswer, started);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // What the library throws while reading a 200 body that is not a chat completion.
            return Fail(operation, AssistantFailure.MalformedAnswer, started, errorType: e.GetType().Name);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Fail(operation, AssistantFailure.UnexpectedError, started, errorType: e.GetType().Name);
        }

        if (response.Messages.SelectMany(m => m.Contents).OfType<ErrorContent>().Any(e => string.Equals(e.ErrorCode, RefusalErrorCode, StringComparison.OrdinalIgnoreCase))
            || response.FinishReason == ChatFinishReason.ContentFilter)
            return Fail(operation, AssistantFailure.Refusal, started);
        if (string.IsNullOrWhiteSpace(response.Text)) return Fail(operation, AssistantFailure.EmptyAnswer, started);
        return AssistantJson.ParseObject(response.Text) ?? Fail(operation, AssistantFailure.MalformedAnswer, started);
    }

    private JsonElement? Fail(string operation, AssistantFailure failure, long started, int? statusCode = null, string? errorType = null)
    {
        metrics.AssistantCalled(operation, "fell_back");
        AssistantLog.FellBack(logger, operation, failure, statusCode, errorType, time.GetElapsedTime(started));
        return null;
    }

    // The model read only scrubbed text, but it may still write a name, a number or an address (its own invention, or
    // one the scrubber missed): what it writes is treated like what a person types.
    private CasusDraft Scrubbed(CasusDraft draft, ScrubMemory memory) => draft with
    {
        Situation = Scrubbed(draft.Situation, memory),
        Chafes = Scrubbed(draft.Chafes, memory),
        Tried = Scrubbed(draft.Tried, memory),
        Summary = Scrubbed(draft.Summary, memory),
    };

    private string? Scrubbed(string? text, ScrubMemory memory) => text is null ? null : scrubber.Scrub(text, memory).Text;

    private static object?[] FilledFields(CasusDraft draft) =>
        [draft.Situation, draft.Chafes, draft.Tried, draft.Wants, draft.Deadline, draft.Summary];
}
