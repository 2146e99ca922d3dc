using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Playground;

/// <summary>
/// Runs the real bot behind the real Microsoft 365 Agents Playground and drives the Playground through the
/// HTTP and WebSocket API its own web client uses, so no browser is needed. Each harness has its own
/// ports, database and conversation history; dispose it to stop both servers.
/// </summary>
public sealed class PlaygroundHarness : IAsyncDisposable
{
    private const string ExecuteAction = "Action.Execute";
    private readonly PlaygroundOptions _options;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });
    private readonly PlaygroundServers _servers;
    private ConversationStream? _stream;
    private PlaygroundConfig? _config;

    private PlaygroundHarness(PlaygroundOptions options)
    {
        _options = options;
        _servers = new PlaygroundServers(options, _http);
    }

    public Uri PlaygroundAddress => _servers.Playground;
    public Uri BotAddress => _servers.Bot;

    /// <summary>The ids of the bot, the users, the chats and the team, as the Playground reports them.</summary>
    public PlaygroundConfig Config => _config ?? throw new InvalidOperationException("The harness has not started.");

    /// <summary>Every bot message seen since the start, in arrival order.</summary>
    public IReadOnlyList<PlaygroundMessage> Messages => Stream.Messages;

    private ConversationStream Stream => _stream ?? throw new InvalidOperationException("The harness has not started.");

    public static async Task<PlaygroundHarness> StartAsync(PlaygroundOptions? options = null, CancellationToken cancellationToken = default)
    {
        var harness = new PlaygroundHarness(options ?? new PlaygroundOptions());
        try
        {
            await harness._servers.StartAsync(cancellationToken);
            harness._stream = await ConversationStream.ConnectAsync(harness.PlaygroundAddress, cancellationToken);
            // The Playground answers this only once it has reached the bot's endpoint (it waits up to 15 s).
            var envelope = await harness.SendAsync(HttpMethod.Get, "/_internal/v1/config", null, cancellationToken);
            harness._config = envelope.GetProperty("config").Deserialize<PlaygroundConfig>(BotJson.Options);
            return harness;
        }
        catch (Exception e) when (e is not PlaygroundException and not OperationCanceledException)
        {
            var failure = harness._servers.Fail("The Playground run could not start.", e);
            await harness.DisposeAsync();
            throw failure;
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Stops the bot and starts it again on the same port and database with <paramref name="environment"/> on top of
    /// <see cref="PlaygroundOptions.BotEnvironment"/> (for instance <c>Clock__Offset</c>), while the Playground keeps
    /// running with its chats: what a user sees across a restart or a deploy.
    /// </summary>
    public Task RestartBotAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken = default) =>
        _servers.RestartBotAsync(environment, cancellationToken);

    /// <summary>
    /// A user types a message; by default the current user in the personal chat with the bot. Another user's
    /// message goes straight to the bot in the Playground's shape (see <see cref="OtherUserActivity"/>).
    /// </summary>
    public async Task<PostedMessage> SendTextAsync(
        string text, string? userId = null, string? conversationId = null, bool mentionBot = false, CancellationToken cancellationToken = default)
    {
        var conversation = conversationId ?? Config.PersonalChat.Id!;
        var tag = $"<at>{Config.Bot.Name}</at>";
        var said = mentionBot ? $"{tag} {text}" : text;
        if (IsOtherUser(userId))
        {
            var activity = OtherUserActivity.Create(Config, _servers.Tap.ServiceUrl, userId, conversation, TimeProvider.System.GetUtcNow());
            activity = activity with
            {
                Type = ActivityTypes.Message, Text = said, TextFormat = "plain",
                Entities = mentionBot ? [.. activity.Entities!, OtherUserActivity.Mention(Config.Bot, tag)] : activity.Entities,
            };
            await PostToBotAsync(activity, cancellationToken);
            return new PostedMessage(activity.Id!, conversation);
        }
        var body = new JsonObject { ["from"] = From(userId), ["text"] = said, ["textFormat"] = "plain" };
        if (mentionBot)
            body["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = Config.Bot.Id }, ["text"] = tag });
        var posted = await SendAsync(HttpMethod.Post, $"/_conversation/v1/conversations/{Uri.EscapeDataString(conversation)}/messages", body, cancellationToken);
        var thread = posted.TryGetProperty("postConversationId", out var id) && id.GetString() is { Length: > 0 } post ? post : conversation;
        return new PostedMessage(posted.GetProperty("messageId").GetString()!, thread);
    }

    /// <summary>
    /// A user presses an <c>Action.Execute</c> button on the card with message id <paramref name="replyToId"/>.
    /// Returns the invoke body the bot answered with: through the Playground that is <c>{type, value}</c>;
    /// for another user, straight from the bot, it also carries <c>statusCode</c>.
    /// </summary>
    public async Task<JsonElement> InvokeAsync(
        string verb, object? data, string replyToId, string? userId = null, string? conversationId = null, CancellationToken cancellationToken = default)
    {
        var conversation = conversationId ?? Config.PersonalChat.Id!;
        var action = new JsonObject { ["type"] = ExecuteAction, ["verb"] = verb, ["data"] = ToNode(data) ?? new JsonObject() };
        var value = new JsonObject { ["action"] = action };
        if (IsOtherUser(userId))
        {
            var activity = OtherUserActivity.Create(Config, _servers.Tap.ServiceUrl, userId, conversation, TimeProvider.System.GetUtcNow()) with
            {
                Type = ActivityTypes.Invoke, Name = InvokeNames.AdaptiveCardAction, ReplyToId = replyToId, Value = ToElement(value),
            };
            return await PostToBotAsync(activity, cancellationToken);
        }
        var body = new JsonObject
        {
            ["name"] = InvokeNames.AdaptiveCardAction,
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["from"] = From(userId),
            ["replyToId"] = replyToId,
            ["value"] = value,
        };
        return await SendAsync(HttpMethod.Post, "/_conversation/v1/invoke", body, cancellationToken);
    }

    /// <summary>A user presses an <c>Action.Submit</c> button: the bot gets a message whose value is <paramref name="value"/>.</summary>
    public async Task SubmitAsync(
        object value, string replyToId, string? userId = null, string? conversationId = null, CancellationToken cancellationToken = default)
    {
        var conversation = conversationId ?? Config.PersonalChat.Id!;
        if (IsOtherUser(userId))
        {
            var activity = OtherUserActivity.Create(Config, _servers.Tap.ServiceUrl, userId, conversation, TimeProvider.System.GetUtcNow()) with
            {
                Type = ActivityTypes.Message, ReplyToId = replyToId, Value = ToElement(ToNode(value)),
            };
            await PostToBotAsync(activity, cancellationToken);
            return;
        }
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["from"] = From(userId),
            ["replyToId"] = replyToId,
            ["value"] = ToNode(value),
        };
        await SendAsync(HttpMethod.Post, "/_conversation/v1/submit", body, cancellationToken);
    }

    /// <summary>
    /// The first bot message the Playground accepted in any conversation, the chats of users other than the current one
    /// included (which its web client never shows), waiting for it; fails with both servers' logs.
    /// </summary>
    public async Task<PlaygroundMessage> WaitForDeliveryAsync(
        Func<PlaygroundMessage, bool> predicate, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var patience = timeout ?? _options.MessageTimeout;
        return await _servers.Tap.Accepted.WaitForAsync(predicate, patience, cancellationToken)
            ?? throw Fail($"No message the Playground accepted matched within {patience}.");
    }

    /// <summary>
    /// The ids of the people in a conversation as the Playground keeps them (its connector's members call); for a 1:1
    /// chat the bot opened, that is the one person the chat is with.
    /// </summary>
    public async Task<IReadOnlyList<string>> MembersAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var members = await SendAsync(HttpMethod.Get, $"/_connector/v3/conversations/{Uri.EscapeDataString(conversationId)}/members", null, cancellationToken);
        return [.. members.EnumerateArray().Select(m => m.GetProperty("id").GetString()!)];
    }

    /// <summary>The first bot message since the start that matches, waiting for it; fails with both servers' logs.</summary>
    public async Task<PlaygroundMessage> WaitForMessageAsync(
        Func<PlaygroundMessage, bool> predicate, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var patience = timeout ?? _options.MessageTimeout;
        return await Stream.WaitForAsync(predicate, patience, cancellationToken)
            ?? throw Fail($"No bot message matched within {patience}.");
    }

    /// <summary>What both servers and the conversation stream said so far, for assertion messages.</summary>
    public string Describe() => _stream is null ? _servers.Describe() : $"{_stream.Describe()}\n{_servers.Describe()}";

    public async ValueTask DisposeAsync()
    {
        if (_stream is not null) await _stream.DisposeAsync();
        await _servers.DisposeAsync();
        _http.Dispose();
    }

    private PlaygroundException Fail(string what) => _servers.Fail(_stream is null ? what : $"{what}\n{_stream.Describe()}");

    private bool IsOtherUser([NotNullWhen(true)] string? userId) => userId is not null && userId != Config.CurrentUser.Id;

    private JsonObject From(string? userId) => new() { ["id"] = userId ?? Config.CurrentUser.Id };

    private static JsonNode? ToNode(object? value) => value as JsonNode ?? JsonSerializer.SerializeToNode(value, BotJson.Options);

    private static JsonElement ToElement(JsonNode? node) => JsonSerializer.SerializeToElement(node, BotJson.Options);

    private async Task<JsonElement> PostToBotAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BotAddress, "/api/messages"))
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        // The header the Playground puts on its own requests, so the bot sees no difference.
        request.Headers.Add("x-ms-agents-playground", "true");
        return await SendAsync(request, cancellationToken);
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(PlaygroundAddress, path));
        if (body is not null) request.Content = JsonContent.Create(body);
        return await SendAsync(request, cancellationToken);
    }

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw Fail($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return document.RootElement.Clone();
    }
}
