using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Testing.Connector;

/// <summary>
/// A real HTTP Bot Connector on 127.0.0.1 (Kestrel, free port) with a client-credentials token endpoint. It records every
/// request, accepts sends with increasing ids, and answers scripted statuses or delays for the next requests.
/// Routes work at the root and under <c>/teams</c>, like Teams' <c>https://smba.trafficmanager.net/teams/</c>.
/// </summary>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedRequest> _tokenRequests = [];
    private readonly List<Activity> _activities = [];
    private readonly List<JsonObject> _createdConversations = [];
    private readonly List<ChannelAccount> _members = [];
    private readonly Queue<FakeResponse> _script = new();
    private readonly Dictionary<string, Queue<FakeResponse>> _conversationScripts = new(StringComparer.Ordinal);
    private readonly Queue<FakeResponse> _tokenScript = new();
    private TaskCompletionSource _activityAdded = NewSignal();
    private int _nextId;
    private WebApplication? _app;

    private FakeConnectorServer() { }

    /// <summary>The server root, e.g. <c>http://127.0.0.1:5123</c>; also the login URL for the fake token endpoint.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>A Teams-like serviceUrl with a path and a trailing slash.</summary>
    public string ServiceUrl => BaseUrl + "/teams/";

    /// <summary>Value for <c>ToChannelFromBotLoginUrl</c>: tokens are served at <c>/{tenant}/oauth2/v2.0/token</c>.</summary>
    public string LoginUrl => BaseUrl;

    /// <summary>The <c>expires_in</c> of issued tokens.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public IReadOnlyList<RecordedRequest> Requests { get { lock (_gate) return _requests.ToList(); } }

    public IReadOnlyList<RecordedRequest> TokenRequests { get { lock (_gate) return _tokenRequests.ToList(); } }

    /// <summary>Activities the server accepted (sends, replies and updates), in order of arrival.</summary>
    public IReadOnlyList<Activity> Activities { get { lock (_gate) return _activities.ToList(); } }

    /// <summary>Bodies of accepted create-conversation calls, as raw JSON.</summary>
    public IReadOnlyList<JsonObject> CreatedConversations { get { lock (_gate) return _createdConversations.ToList(); } }

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var server = new FakeConnectorServer();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>Members served by the member routes.</summary>
    public void AddMembers(params ChannelAccount[] members) { lock (_gate) _members.AddRange(members); }

    /// <summary>Answers the next <paramref name="times"/> connector requests (not token requests) with <paramref name="response"/>.</summary>
    public void RespondNext(FakeResponse response, int times = 1)
    {
        lock (_gate) for (var i = 0; i < times; i++) _script.Enqueue(response);
    }

    /// <summary>Answers the next <paramref name="times"/> requests into one conversation with <paramref name="response"/>; others go on as scripted.</summary>
    public void RespondInConversation(string conversationId, FakeResponse response, int times = 1)
    {
        lock (_gate)
        {
            if (!_conversationScripts.TryGetValue(conversationId, out var script)) _conversationScripts[conversationId] = script = new();
            for (var i = 0; i < times; i++) script.Enqueue(response);
        }
    }

    /// <summary>Answers the next <paramref name="times"/> token requests with <paramref name="response"/>.</summary>
    public void RespondNextToken(FakeResponse response, int times = 1)
    {
        lock (_gate) for (var i = 0; i < times; i++) _tokenScript.Enqueue(response);
    }

    /// <summary>Waits until at least <paramref name="count"/> activities were accepted; throws <see cref="TimeoutException"/> otherwise.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task added;
            lock (_gate)
            {
                if (_activities.Count >= count) return _activities.ToList();
                added = _activityAdded.Task;
            }
            try
            {
                await added.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = Activities;
                throw new TimeoutException($"Expected {count} activities within {timeout}, got {seen.Count}: "
                    + string.Join(" | ", seen.Select(a => a.Text ?? a.Type)));
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var route = FakeConnectorRoute.Parse(context.Request.Method, rawTarget);
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var activity = route.CarriesActivity ? TryParse<Activity>(body) : null;
        var recorded = new RecordedRequest(context.Request.Method, rawTarget, route.ConversationId, route.ItemId, headers, body, activity);

        FakeResponse? scripted;
        lock (_gate)
        {
            (route.Kind == RouteKind.Token ? _tokenRequests : _requests).Add(recorded);
            var script = route.Kind == RouteKind.Token ? _tokenScript : _script;
            scripted = route.ConversationId is { } conversation && _conversationScripts.TryGetValue(conversation, out var own) && own.Count > 0 ? own.Dequeue()
                : script.Count > 0 ? script.Dequeue() : null;
        }

        context.Response.Headers["X-Correlating-OperationId"] = "op-" + Guid.NewGuid().ToString("N")[..12];
        if (scripted is { Delay: var delay } && delay > TimeSpan.Zero)
        {
            try { await Task.Delay(delay, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        if (scripted?.StatusCode is { } status)
        {
            await WriteScriptedAsync(context, scripted, status);
            return;
        }

        await (route.Kind switch
        {
            RouteKind.Token => WriteTokenAsync(context),
            RouteKind.CreateConversation => AcceptConversationAsync(context, body),
            RouteKind.Send or RouteKind.Reply => AcceptActivityAsync(context, activity, 201, null),
            RouteKind.Update => AcceptActivityAsync(context, activity, 200, route.ItemId),
            RouteKind.Delete => Results.Ok().ExecuteAsync(context),
            RouteKind.Member => WriteMemberAsync(context, route.ItemId!),
            RouteKind.PagedMembers => WritePageAsync(context),
            _ => WriteErrorAsync(context, 404, "NotFound", $"No fake route for {context.Request.Method} {rawTarget}"),
        });
    }

    private Task AcceptActivityAsync(HttpContext context, Activity? activity, int status, string? existingId)
    {
        if (activity is null) return WriteErrorAsync(context, 400, "BadArgument", "The body is not an activity.");
        var id = existingId ?? $"activity-{Interlocked.Increment(ref _nextId)}";
        lock (_gate)
        {
            _activities.Add(activity);
            var previous = _activityAdded;
            _activityAdded = NewSignal();
            previous.SetResult();
        }
        return Results.Json(new { id }, statusCode: status).ExecuteAsync(context);
    }

    private Task AcceptConversationAsync(HttpContext context, string body)
    {
        if (TryParse<JsonObject>(body) is not { } parameters) return WriteErrorAsync(context, 400, "BadArgument", "Not JSON.");
        lock (_gate) _createdConversations.Add(parameters);
        var id = $"a:conversation-{Interlocked.Increment(ref _nextId)}";
        return Results.Json(new { id }, statusCode: 201).ExecuteAsync(context);
    }

    private Task WriteMemberAsync(HttpContext context, string memberId)
    {
        ChannelAccount? member;
        lock (_gate) member = _members.FirstOrDefault(m => m.Id == memberId || m.AadObjectId == memberId);
        return member is null
            ? WriteErrorAsync(context, 404, "MemberNotFoundInConversation", "The member is not in the conversation.")
            : Results.Json(member, BotJson.Options).ExecuteAsync(context);
    }

    private Task WritePageAsync(HttpContext context)
    {
        var size = int.TryParse(context.Request.Query["pageSize"], CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 100;
        var start = int.TryParse(context.Request.Query["continuationToken"], CultureInfo.InvariantCulture, out var t) ? t : 0;
        List<ChannelAccount> page;
        bool more;
        lock (_gate)
        {
            page = _members.Skip(start).Take(size).ToList();
            more = start + size < _members.Count;
        }
        var token = more ? (start + size).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Json(new PagedMembersResult(token, page), BotJson.Options).ExecuteAsync(context);
    }

    private Task WriteTokenAsync(HttpContext context)
    {
        int number;
        lock (_gate) number = _tokenRequests.Count;
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)TokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (long)TokenLifetime.TotalSeconds,
            ["access_token"] = $"fake-token-{number}",
        }).ExecuteAsync(context);
    }

    private static Task WriteScriptedAsync(HttpContext context, FakeResponse scripted, int status)
    {
        if (scripted.RetryAfter is { } retryAfter) context.Response.Headers.RetryAfter = retryAfter;
        if (scripted.Body is { } raw)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(raw);
        }
        return WriteErrorAsync(context, status, scripted.ErrorCode ?? "ServiceError", $"Scripted {status}");
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status).ExecuteAsync(context);

    private static T? TryParse<T>(string body) where T : class
    {
        try { return string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize<T>(body, BotJson.Options); }
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
