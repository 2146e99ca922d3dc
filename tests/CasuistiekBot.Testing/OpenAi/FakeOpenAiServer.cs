using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Testing.OpenAi;

/// <summary>
/// A real OpenAI-compatible chat completions endpoint on 127.0.0.1 (Kestrel, free port). It serves
/// <c>POST {Endpoint}chat/completions</c> under an Azure-style base path and Azure OpenAI's deployment route
/// <c>POST /openai/deployments/{deployment}/chat/completions?api-version=...</c>, records every request it receives (on
/// any path) and answers scripted contents, statuses, delays, malformed bodies, refusals or empty choices.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    /// <summary>The base path requests must be under, shaped like Azure OpenAI's OpenAI-compatible endpoint.</summary>
    public const string BasePath = "/openai/v1/";

    /// <summary>Where Azure OpenAI's deployment routes start; the deployment name follows.</summary>
    public const string DeploymentsPath = "/openai/deployments/";

    private const long FixedCreated = 1_790_000_000;
    private readonly Lock _gate = new();
    private readonly List<RecordedChatRequest> _requests = [];
    private readonly Queue<FakeChatAnswer> _script = new();
    private TaskCompletionSource _requestAdded = NewSignal();
    private int _completions;
    private WebApplication? _app;

    private FakeOpenAiServer() { }

    /// <summary>The server root, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The value for <c>AI:Endpoint</c>, e.g. <c>http://127.0.0.1:5123/openai/v1/</c>.</summary>
    public string Endpoint => BaseUrl + BasePath;

    /// <summary>The value for <c>AI:Endpoint</c> of an Azure OpenAI client: the resource root.</summary>
    public string ResourceEndpoint => BaseUrl + "/";

    /// <summary>What the server answers when nothing is scripted.</summary>
    public FakeChatAnswer DefaultAnswer { get; set; } = FakeChatAnswer.Json("{}");

    public IReadOnlyList<RecordedChatRequest> Requests { get { lock (_gate) return _requests.ToList(); } }

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var server = new FakeOpenAiServer();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>Answers the next <paramref name="times"/> chat completion requests with <paramref name="answer"/>.</summary>
    public void AnswerNext(FakeChatAnswer answer, int times = 1)
    {
        lock (_gate) for (var i = 0; i < times; i++) _script.Enqueue(answer);
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived; throws <see cref="TimeoutException"/> otherwise.</summary>
    public async Task<IReadOnlyList<RecordedChatRequest>> WaitForRequestsAsync(int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task added;
            lock (_gate)
            {
                if (_requests.Count >= count) return _requests.ToList();
                added = _requestAdded.Task;
            }
            try
            {
                await added.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} requests within {timeout}, got {Requests.Count}.");
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var json = TryParseObject(body);
        var path = context.Request.PathBase + context.Request.Path;
        lock (_gate)
        {
            _requests.Add(new RecordedChatRequest(context.Request.Method, path, context.Request.QueryString.Value ?? "", headers, body, json));
            var previous = _requestAdded;
            _requestAdded = NewSignal();
            previous.SetResult();
        }

        var deployment = Deployment(path);
        if (context.Request.Method != HttpMethods.Post || (path != BasePath + "chat/completions" && deployment is null))
        {
            await WriteErrorAsync(context, 404, "not_found", $"No fake route for {context.Request.Method} {path}");
            return;
        }
        if (deployment is not null && string.IsNullOrEmpty(context.Request.Query["api-version"]))
        {
            await WriteErrorAsync(context, 400, "invalid_request_error", "The api-version query parameter is required.");
            return;
        }
        var model = deployment ?? json?["model"]?.GetValue<string>();
        if (model is null || json?["messages"] is not JsonArray)
        {
            await WriteErrorAsync(context, 400, "invalid_request_error", "'model' and 'messages' are required.");
            return;
        }

        FakeChatAnswer answer;
        lock (_gate) answer = _script.Count > 0 ? _script.Dequeue() : DefaultAnswer;
        if (answer.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(answer.Delay, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }

        if (answer.StatusCode is { } status)
        {
            await WriteErrorAsync(context, status, status >= 500 ? "server_error" : "invalid_request_error", $"Scripted {status}");
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.RawBody ?? Completion(answer, model).ToJsonString());
    }

    // "/openai/deployments/{deployment}/chat/completions" gives the deployment; any other path gives null.
    private static string? Deployment(string path)
    {
        if (!path.StartsWith(DeploymentsPath, StringComparison.Ordinal) || !path.EndsWith("/chat/completions", StringComparison.Ordinal)) return null;
        var name = path[DeploymentsPath.Length..^"/chat/completions".Length];
        return name.Length == 0 || name.Contains('/') ? null : Uri.UnescapeDataString(name);
    }

    private JsonObject Completion(FakeChatAnswer answer, string model)
    {
        var number = Interlocked.Increment(ref _completions);
        var choices = new JsonArray();
        if (!answer.NoChoices)
        {
            choices.Add(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject
                {
                    ["role"] = "assistant",
                    ["content"] = answer.Refusal is null ? answer.Content : null,
                    ["refusal"] = answer.Refusal,
                },
                ["logprobs"] = null,
                ["finish_reason"] = answer.FinishReason,
            });
        }
        return new JsonObject
        {
            ["id"] = $"chatcmpl-fake-{number}",
            ["object"] = "chat.completion",
            ["created"] = FixedCreated + number,
            ["model"] = model,
            ["choices"] = choices,
            ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
        };
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string type, string message) =>
        Results.Json(new { error = new { message, type, param = (string?)null, code = (string?)null } }, statusCode: status).ExecuteAsync(context);

    private static JsonObject? TryParseObject(string body)
    {
        try { return string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body) as JsonObject; }
        catch (JsonException) { return null; }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(patience.Token);
        await _app.DisposeAsync();
    }
}
