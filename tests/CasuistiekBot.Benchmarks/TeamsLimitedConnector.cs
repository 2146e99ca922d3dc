using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CasuistiekBot.Benchmarks;

/// <summary>
/// A Bot Connector that enforces Teams' send limits (a global rate per second for the app; per conversation 7 per
/// second, 8 per 2 seconds, 60 per 30 seconds and 1,800 per hour, bot-protocol.md A4), each over a rolling window of
/// arrival times, by answering 429 with Retry-After past them, and throttles a share of the sends that are within them
/// as well. It records what it accepted, per message text, to count losses and duplicates.
/// </summary>
internal sealed class TeamsLimitedConnector(int globalPerSecond, double throttledShare, int seed) : IAsyncDisposable
{
    private static readonly (int Limit, TimeSpan Span)[] PerConversationWindows =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1_800, TimeSpan.FromHours(1)),
    ];

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _perConversation = new(StringComparer.Ordinal);
    private readonly Random _random = new(seed);
    private WebApplication? _app;

    public ConcurrentDictionary<string, int> Accepted { get; } = new(StringComparer.Ordinal);
    public int Throttled;
    public int OverLimit;
    public DateTimeOffset? FirstAccepted { get; private set; }
    public DateTimeOffset? LastAccepted { get; private set; }
    public string ServiceUrl { get; private set; } = "";

    public async Task StartAsync(int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        ServiceUrl = $"http://127.0.0.1:{port}/";
    }

    private async Task HandleAsync(HttpContext context)
    {
        var segments = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not ["v3", "conversations", var conversation, "activities", ..])
        {
            context.Response.StatusCode = 404;
            return;
        }
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        var verdict = Admit(Uri.UnescapeDataString(conversation), text);
        if (verdict is { } retryAfter)
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = retryAfter;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "Throttled", message = "Too many requests" } });
            return;
        }
        context.Response.StatusCode = 201;
        await context.Response.WriteAsJsonAsync(new { id = Guid.NewGuid().ToString("N") });
    }

    // Null admits the send; otherwise the Retry-After to answer with.
    private string? Admit(string conversation, string text)
    {
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            Expire(_recent, now, TimeSpan.FromSeconds(1));
            if (!_perConversation.TryGetValue(conversation, out var mine)) _perConversation[conversation] = mine = new Queue<DateTimeOffset>();
            Expire(mine, now, TimeSpan.FromHours(1));
            if (_recent.Count >= globalPerSecond || PerConversationWindows.Any(w => mine.Count(at => now - at < w.Span) >= w.Limit))
            {
                OverLimit++;
                return "1";
            }
            // A request within the limits still counts against them, accepted or not, as at Teams.
            _recent.Enqueue(now);
            mine.Enqueue(now);
            if (_random.NextDouble() < throttledShare)
            {
                Throttled++;
                return "1";
            }
            Accepted.AddOrUpdate(text, 1, (_, n) => n + 1);
            FirstAccepted ??= now;
            LastAccepted = now;
            return null;
        }
    }

    private static void Expire(Queue<DateTimeOffset> sends, DateTimeOffset now, TimeSpan window)
    {
        while (sends.Count > 0 && now - sends.Peek() >= window) sends.Dequeue();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
