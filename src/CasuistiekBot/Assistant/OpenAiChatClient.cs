using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiFinishReason = Microsoft.Extensions.AI.ChatFinishReason;
using AiResponseFormat = Microsoft.Extensions.AI.ChatResponseFormat;
using OpenAiChatMessage = OpenAI.Chat.ChatMessage;
using OpenAiFinishReason = OpenAI.Chat.ChatFinishReason;
using OpenAiResponseFormat = OpenAI.Chat.ChatResponseFormat;

namespace CasuistiekBot.Assistant;

// The ready-made OpenAI adapter for IChatClient is not on our feed, so this is a small one covering what the assistant
// uses: system, user and assistant text, JSON output, a token cap, a temperature and cancellation. Anything else throws
// rather than being silently dropped.
internal sealed class OpenAiChatClient(ChatClient client) : IChatClient
{
    public const string RefusalErrorCode = "refusal";

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await client.CompleteChatAsync(messages.Select(ToOpenAi), ToOpenAi(options), cancellationToken);
        var completion = result.Value;
        if (!HasChoice(completion)) return new ChatResponse([]) { ResponseId = completion.Id, ModelId = completion.Model, RawRepresentation = completion };

        var reply = new AiChatMessage(ChatRole.Assistant, completion.Content
            .Where(part => part.Kind == ChatMessageContentPartKind.Text)
            .Select(part => (AIContent)new TextContent(part.Text))
            .ToList());
        // A refusal is not text to parse; it travels as an error so callers can tell it from an empty answer.
        if (!string.IsNullOrEmpty(completion.Refusal)) reply.Contents.Add(new ErrorContent(completion.Refusal) { ErrorCode = RefusalErrorCode });

        return new ChatResponse(reply)
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = completion.CreatedAt,
            FinishReason = ToAi(completion.FinishReason),
            RawRepresentation = completion,
        };
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The assistant does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType.IsInstanceOfType(this) ? this
        : serviceType.IsInstanceOfType(client) ? client
        : null;

    public void Dispose() { }

    // The library reads content, role and finish reason from the first choice and throws when there is none;
    // for callers an answer without choices is simply an empty answer.
    private static bool HasChoice(ChatCompletion completion)
    {
        try
        {
            _ = completion.Role;
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static OpenAiChatMessage ToOpenAi(AiChatMessage message)
    {
        if (message.Role == ChatRole.System) return new SystemChatMessage(message.Text);
        if (message.Role == ChatRole.User) return new UserChatMessage(message.Text);
        if (message.Role == ChatRole.Assistant) return new AssistantChatMessage(message.Text);
        throw new NotSupportedException($"Chat role {message.Role} is not supported.");
    }

    private static ChatCompletionOptions ToOpenAi(ChatOptions? options)
    {
        var result = new ChatCompletionOptions();
        if (options is null) return result;
        if (options.MaxOutputTokens is { } max) result.MaxOutputTokenCount = max;
        if (options.Temperature is { } temperature) result.Temperature = temperature;
        result.ResponseFormat = options.ResponseFormat switch
        {
            null => null,
            ChatResponseFormatText => OpenAiResponseFormat.CreateTextFormat(),
            ChatResponseFormatJson { Schema: null } => OpenAiResponseFormat.CreateJsonObjectFormat(),
            AiResponseFormat other => throw new NotSupportedException($"Response format {other.GetType().Name} is not supported."),
        };
        return result;
    }

    private static AiFinishReason? ToAi(OpenAiFinishReason reason) => reason switch
    {
        OpenAiFinishReason.Stop => AiFinishReason.Stop,
        OpenAiFinishReason.Length => AiFinishReason.Length,
        OpenAiFinishReason.ContentFilter => AiFinishReason.ContentFilter,
        OpenAiFinishReason.ToolCalls or OpenAiFinishReason.FunctionCall => AiFinishReason.ToolCalls,
        _ => null,
    };
}
