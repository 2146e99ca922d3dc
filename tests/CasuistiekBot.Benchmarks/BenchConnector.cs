using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CasuistiekBot.Benchmarks;

/// <summary>
/// The one local Bot Connector both bots reply to: answers every send at once with 201 and an id, and counts what
/// arrives per conversation, so a run can tell that every conversation really reached its acknowledgement.
/// </summary>
internal sealed class BenchConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _replies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _acknowledged = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private long _nextId;

    private BenchConnector(WebApplication app) => _app = app;

    public required string ServiceUrl { get; init; }

    public static async Task<BenchConnector> StartAsync(int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var connector = new BenchConnector(app) { ServiceUrl = $"http://127.0.0.1:{port}/" };
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        return connector;
    }

    public int RepliesTo(string conversationId) => _replies.TryGetValue(conversationId, out var count) ? count : 0;

    public bool Acknowledged(string conversationId) => _acknowledged.ContainsKey(conversationId);

    public long TotalReplies => _replies.Values.Sum(v => (long)v);

    public void Reset()
    {
        _replies.Clear();
        _acknowledged.Clear();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget.Split('?')[0];
        var segments = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (segments is ["v3", "conversations", var conversation, "activities", ..])
        {
            var id = Uri.UnescapeDataString(conversation);
            _replies.AddOrUpdate(id, 1, (_, n) => n + 1);
            // The acknowledgement of a submitted casus names its reference; both bots say "ingediend met kenmerk CS-…".
            if (Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length).Contains("ingediend met kenmerk CS-", StringComparison.Ordinal))
                _acknowledged.TryAdd(id, 0);
            context.Response.StatusCode = context.Request.Method == "PUT" ? 200 : 201;
        }
        else if (segments is ["v3", "conversations"] && context.Request.Method == "POST")
        {
            context.Response.StatusCode = 201;
        }
        else
        {
            context.Response.StatusCode = 404;
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"bench-{Interlocked.Increment(ref _nextId)}\"}}", context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
