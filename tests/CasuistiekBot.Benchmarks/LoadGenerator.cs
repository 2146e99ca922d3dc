using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace CasuistiekBot.Benchmarks;

/// <summary>
/// Simulated users, each walking fresh conversations through the intake flow one turn at a time: a turn is sent
/// only after the previous one's HTTP reply. A turn's latency is the time to the full HTTP reply of /api/messages.
/// </summary>
internal sealed class LoadGenerator(BenchConnector connector, string botUrl, string runLabel)
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json");
    private int _nextUser;

    /// <summary>Runs <paramref name="concurrency"/> users for warm-up plus measurement; only turns inside the measured window count.</summary>
    public Task<LevelResult> RunTimedAsync(int concurrency, TimeSpan warmUp, TimeSpan measure)
    {
        var from = Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var until = from + (long)(measure.TotalSeconds * Stopwatch.Frequency);
        return RunAsync(concurrency, from, until, walks: int.MaxValue, measure);
    }

    /// <summary>Walks exactly <paramref name="conversations"/> conversations through the flow with <paramref name="concurrency"/> users.</summary>
    public async Task<LevelResult> RunCountedAsync(int concurrency, int conversations)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await RunAsync(concurrency, started, long.MaxValue, conversations, TimeSpan.Zero);
        return result with { Seconds = Stopwatch.GetElapsedTime(started).TotalSeconds };
    }

    private async Task<LevelResult> RunAsync(int concurrency, long from, long until, int walks, TimeSpan measured)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(botUrl), Timeout = TimeSpan.FromSeconds(60) };
        var remaining = walks;
        var users = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var tally = new Tally();
            while (Stopwatch.GetTimestamp() < until && Interlocked.Decrement(ref remaining) >= 0)
            {
                var user = Interlocked.Increment(ref _nextUser);
                await WalkAsync(http, $"a:bench-{runLabel}-{user}", user, from, until, tally);
            }
            return tally;
        })).ToList();
        var tallies = await Task.WhenAll(users);
        await WaitForAcknowledgementsAsync(tallies.SelectMany(t => t.Completed).ToList());
        return LevelResult.From(concurrency, tallies, measured, connector);
    }

    // Ours and the SDK both send the acknowledgement during the click's turn; the wait only covers a bot that queues it.
    private async Task WaitForAcknowledgementsAsync(IReadOnlyList<string> completed)
    {
        var deadline = Stopwatch.GetTimestamp() + 15 * Stopwatch.Frequency;
        while (completed.Any(c => !connector.Acknowledged(c)) && Stopwatch.GetTimestamp() < deadline) await Task.Delay(100);
    }

    private async Task WalkAsync(HttpClient http, string conversationId, int user, long from, long until, Tally tally)
    {
        tally.Started.Add(conversationId);
        for (var step = 0; step < IntakeScript.Turns; step++)
        {
            var body = IntakeScript.Turn(step, connector.ServiceUrl, conversationId, user);
            var start = Stopwatch.GetTimestamp();
            if (start >= until) return;
            var ok = await SendAsync(http, body);
            var end = Stopwatch.GetTimestamp();
            var counted = start >= from && end <= until;
            if (counted) tally.Record(step, Stopwatch.GetElapsedTime(start, end).TotalMilliseconds, ok);
            if (!ok)
            {
                tally.FailedWalks++;
                return;
            }
        }
        tally.Completed.Add(conversationId);
    }

    private static async Task<bool> SendAsync(HttpClient http, string body)
    {
        try
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync("api/messages", content);
            await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
