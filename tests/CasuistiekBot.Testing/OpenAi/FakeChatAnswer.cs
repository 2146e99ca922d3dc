namespace CasuistiekBot.Testing.OpenAi;

/// <summary>A scripted answer of <see cref="FakeOpenAiServer"/> to one chat completion request.</summary>
public sealed record FakeChatAnswer
{
    /// <summary>The assistant message's <c>content</c>; for JSON mode, the JSON text itself.</summary>
    public string? Content { get; init; }

    /// <summary>A status other than 200, answered with an OpenAI error body.</summary>
    public int? StatusCode { get; init; }

    /// <summary>A raw 200 body that replaces the whole chat completion, e.g. something that is not JSON.</summary>
    public string? RawBody { get; init; }

    /// <summary>The assistant message's <c>refusal</c>; its content is then null.</summary>
    public string? Refusal { get; init; }

    /// <summary>Answer with <c>"choices": []</c>.</summary>
    public bool NoChoices { get; init; }

    public string FinishReason { get; init; } = "stop";

    /// <summary>Waits this long before answering (cut short when the client hangs up).</summary>
    public TimeSpan Delay { get; init; }

    public static FakeChatAnswer Json(string content) => new() { Content = content };

    public static FakeChatAnswer Status(int statusCode) => new() { StatusCode = statusCode };

    public static FakeChatAnswer Malformed(string rawBody = "{\"choices\": [ this is not json") => new() { RawBody = rawBody };

    public static FakeChatAnswer Refused(string refusal = "I'm sorry, I can't help with that.") => new() { Refusal = refusal };

    public static FakeChatAnswer Empty() => new() { NoChoices = true };

    public static FakeChatAnswer Delayed(TimeSpan delay, string content = "{}") => new() { Content = content, Delay = delay };
}
