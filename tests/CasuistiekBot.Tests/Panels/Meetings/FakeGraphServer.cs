using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Panels.Meetings;

/// <summary>
/// Microsoft Graph and its token endpoint on 127.0.0.1 (Kestrel, free port): issues a token for the configured client
/// secret, refuses meeting requests without that bearer token, records every request and creates meetings with
/// increasing ids (create-or-get by external id, as Graph does; updates by PATCH; DELETE answers 204, or 404 for a meeting
/// it does not have or deleted already), unless the next answers are scripted (a 429 with Retry-After, say).
/// </summary>
internal sealed class FakeGraphServer : IAsyncDisposable
{
    public const string Tenant = "tenant-1";
    public const string ClientId = "graph-client";
    public const string ClientSecret = "graph-secret-not-real";
    public const string Organizer = "organizer-object-id";

    private readonly Lock _gate = new();
    private readonly List<(string Path, string? Authorization, JsonObject? Body)> _meetingRequests = [];
    private readonly List<string> _tokenRequests = [];
    private readonly Queue<(int Status, string? RetryAfter)> _script = new();
    private WebApplication? _app;
    private int _issued;
    private Func<Task>? _whileCreating;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<(string Path, string? Authorization, JsonObject? Body)> MeetingRequests { get { lock (_gate) return _meetingRequests.ToList(); } }
    public IReadOnlyList<string> TokenRequests { get { lock (_gate) return _tokenRequests.ToList(); } }

    /// <summary>Meetings created, by id: the join URL each got.</summary>
    public Dictionary<string, string> Created { get; } = [];

    /// <summary>Each meeting as last created or updated: subject, times and participants.</summary>
    public Dictionary<string, JsonObject> Current { get; } = [];

    /// <summary>The meetings deleted, in the order the deletions were carried out (answered or not).</summary>
    public List<string> Deleted { get; } = [];

    private const int LoseAnswer = -1;
    private readonly Dictionary<string, string> _byExternalId = [];

    public static async Task<FakeGraphServer> StartAsync()
    {
        var server = new FakeGraphServer();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>The app's settings for this server.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Graph:TenantId"] = Tenant,
        ["Graph:ClientId"] = ClientId,
        ["Graph:ClientSecret"] = ClientSecret,
        ["Graph:OrganizerUserId"] = Organizer,
        ["Graph:Authority"] = BaseUrl,
        ["Graph:BaseUrl"] = BaseUrl + "/v1.0",
    };

    /// <summary>Runs once after the next creation is carried out and before it is answered: what happens while the bot waits for Graph.</summary>
    public void WhileCreating(Func<Task> action) => _whileCreating = action;

    /// <summary>A meeting the organiser has from elsewhere (another tool, by hand): the bot must leave it alone.</summary>
    public string CreateElsewhere()
    {
        lock (_gate)
        {
            var id = $"meeting-{Created.Count + 1}";
            Created[id] = $"https://teams.microsoft.com/l/meetup-join/elsewhere-{id}";
            Current[id] = new JsonObject { ["subject"] = "Werkoverleg" };
            return id;
        }
    }

    /// <summary>Carries out the next meeting request but answers 504, as when the answer is lost on the way back.</summary>
    public void LoseNextAnswer() => RespondNext(LoseAnswer);

    public void RespondNext(int status, string? retryAfter = null)
    {
        lock (_gate) _script.Enqueue((status, retryAfter));
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        if (context.Request.Method == "POST" && path == $"/{Tenant}/oauth2/v2.0/token")
        {
            var form = System.Web.HttpUtility.ParseQueryString(body);
            lock (_gate) _tokenRequests.Add(body);
            if (form["grant_type"] != "client_credentials" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
                || form["scope"] != "https://graph.microsoft.com/.default")
            {
                context.Response.StatusCode = 401;
                await context.Response.WriteAsJsonAsync(new { error = "invalid_client" });
                return;
            }
            var token = $"graph-token-{Interlocked.Increment(ref _issued)}";
            await context.Response.WriteAsJsonAsync(new { token_type = "Bearer", access_token = token, expires_in = 3600 });
            return;
        }
        const string meetings = $"/v1.0/users/{Organizer}/onlineMeetings";
        var isCreate = context.Request.Method == "POST" && path == meetings + "/createOrGet";
        var isUpdate = context.Request.Method == "PATCH" && path.StartsWith(meetings + "/", StringComparison.Ordinal);
        var isDelete = context.Request.Method == "DELETE" && path.StartsWith(meetings + "/", StringComparison.Ordinal);
        if (isCreate || isUpdate || isDelete)
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            var json = body.Length > 0 ? JsonNode.Parse(body) as JsonObject : null;
            (int Status, string? RetryAfter)? scripted;
            bool lose;
            lock (_gate)
            {
                _meetingRequests.Add((context.Request.Method + " " + path, authorization, json));
                scripted = _script.Count > 0 ? _script.Dequeue() : null;
                lose = scripted is { Status: LoseAnswer };
                if (lose) scripted = null;
            }
            if (!authorization.StartsWith("Bearer graph-token-", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 401;
                return;
            }
            if (scripted is { } answer)
            {
                context.Response.StatusCode = answer.Status;
                if (answer.RetryAfter is not null) context.Response.Headers.RetryAfter = answer.RetryAfter;
                return;
            }
            string id, joinUrl;
            int status;
            lock (_gate)
            {
                if (isDelete)
                {
                    id = Uri.UnescapeDataString(path[(meetings.Length + 1)..]);
                    var found = Created.ContainsKey(id) && !Deleted.Contains(id);
                    if (found) Deleted.Add(id);
                    context.Response.StatusCode = lose ? 504 : found ? 204 : 404;
                    return;
                }
                if (isUpdate)
                {
                    id = Uri.UnescapeDataString(path[(meetings.Length + 1)..]);
                    if (!Created.TryGetValue(id, out joinUrl!) || Deleted.Contains(id)) { context.Response.StatusCode = 404; return; }
                    Current[id] = json!;
                    status = 200;
                }
                else if (json?["externalId"]?.GetValue<string>() is not { Length: > 0 } externalId)
                {
                    context.Response.StatusCode = 400;
                    return;
                }
                else if (_byExternalId.TryGetValue(externalId, out var existing))
                {
                    (id, joinUrl, status) = (existing, Created[existing], 200);     // the same meeting again
                }
                else
                {
                    id = $"meeting-{Created.Count + 1}";
                    joinUrl = $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_fake{Created.Count + 1}%40thread.v2/0";
                    Created[id] = joinUrl;
                    Current[id] = json;
                    _byExternalId[externalId] = id;
                    status = 201;
                }
            }
            if (isCreate && Interlocked.Exchange(ref _whileCreating, null) is { } whileCreating) await whileCreating();
            if (lose)
            {
                context.Response.StatusCode = 504;                              // done, but the answer never arrives
                return;
            }
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { id, joinWebUrl = joinUrl, subject = Current[id]["subject"]?.GetValue<string>() });
            return;
        }
        context.Response.StatusCode = 404;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
