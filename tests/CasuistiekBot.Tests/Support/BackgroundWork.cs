using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Support;

/// <summary>
/// Runs the app's outbox to completion on the test's own task, so a test can say what was sent, and what was NOT sent
/// (a second question card, a reminder after a withdrawal), without guessing how long to wait.
/// </summary>
internal static class BackgroundWork
{
    // A safety net, not a wait: a drain that does not finish within this long is a bug (a message that can never be
    // sent, a worker that hangs), reported with what is left.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    // The most the fake clock moves in one step while the work stands still (a rate-limit wait of seconds).
    private static readonly TimeSpan LongestStep = TimeSpan.FromSeconds(1);

    // How long the round may stand still before the clock moves: long enough for a connector call on a busy machine to
    // answer first, so the fake clock moves only when a send slot waits on it.
    private static readonly TimeSpan StandStill = TimeSpan.FromMilliseconds(20);

    // A message put off by a rate limit or a failed attempt is waited for when it falls due within this long (on a fake
    // clock the clock is moved there); one put off further, like a retry after several failures, stays put off.
    private static readonly TimeSpan PutOffHorizon = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Delivers every message in the outbox with the delivery worker's own round, holding the <see cref="DeliveryGate"/>
    /// so no background round runs beside it, until none is pending or being sent. On a fake clock the send slots wait on that
    /// clock, so it moves one send interval each time the round stands still, and to the due time of a message put off
    /// for a moment: milliseconds or seconds, never days; after an attempt that failed with an error (a locked database), to
    /// the end of the claim it left (minutes). Works with the background worker switched off too. Meanwhile the app's timers
    /// fire on the thread pool (<see cref="AppClock"/>), so nothing they wake can hold up the clock.
    /// </summary>
    public static async Task DeliverAllAsync(this BotApp app)
    {
        var worker = app.Services.GetRequiredService<DeliveryWorker>();
        var gate = app.Services.GetRequiredService<DeliveryGate>();
        var appClock = app.Services.GetRequiredService<TimeProvider>();
        TimeProvider clock = appClock is AppClock wrapped ? wrapped.Fake : appClock;
        var step = SendInterval(app.Services.GetRequiredService<IOptions<DeliveryOptions>>().Value);
        using var limit = new CancellationTokenSource(Limit);
        using var pooled = (appClock as AppClock)?.CallbacksOnPool();
        try
        {
            // Held throughout: the background loop's round in flight finishes first, and none starts until the drain is done.
            using var held = await MovingClockAsync(app, gate.EnterAsync(limit.Token), clock, step, limit.Token);
            var claims = new ClaimWatch();
            do
            {
                await MovingClockAsync(app, worker.DeliverDueAsync(limit.Token), clock, step, limit.Token);
            }
            while (await MoreToComeAsync(app, clock, step, claims, limit.Token));
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The outbox still holds messages to deliver after {Limit}, at {clock.GetUtcNow():O} on the app's clock: " +
                $"{await DescribeAsync(app)}{Environment.NewLine}The app's last warnings:{Environment.NewLine}{LastWarnings(app)}");
        }
    }

    // True when a message is still claimed or falls due soon; waits or moves the clock first. No round of this app is in
    // flight here (the gate is held), but another app on the same database (a second instance) may be sending a message
    // it claimed: a claim is given ClaimPatience of real time to end. One that outlasts it was left by a round whose
    // attempt failed (a database that was locked, say): it can be sent again once its lease lapses, and the clock is
    // moved there.
    private static async Task<bool> MoreToComeAsync(BotApp app, TimeProvider clock, TimeSpan step, ClaimWatch claims, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? nextDue;
        await using (var db = await Db(app, cancellationToken))
        {
            var claimedUntil = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Status == OutboxStatus.Claimed)
                .OrderBy(m => m.LeaseUntil).Select(m => m.LeaseUntil).FirstOrDefaultAsync(cancellationToken);
            if (claimedUntil is { } lapses)
            {
                if (!claims.Outlasted(lapses))
                {
                    await Task.Delay(StandStill, cancellationToken);
                    return true;
                }
                nextDue = lapses + TimeSpan.FromTicks(1);
            }
            else
            {
                var horizon = now + PutOffHorizon;
                nextDue = await db.Set<OutboxMessage>().AsNoTracking()
                    .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= horizon)
                    .OrderBy(m => m.NextAttemptAt).Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
            }
        }
        if (nextDue is not { } due) return false;
        if (clock is FakeTimeProvider fake)
        {
            fake.Advance(due > now ? due - now : step);
            await Task.Delay(StandStill, cancellationToken);
        }
        else
        {
            await Task.Delay(due - now > StandStill ? due - now : StandStill, cancellationToken);
        }
        return true;
    }

    // How long, in real time, the drain has seen the same earliest claim.
    private sealed class ClaimWatch
    {
        private static readonly TimeSpan ClaimPatience = TimeSpan.FromSeconds(3);
        private DateTimeOffset _lease;
        private readonly System.Diagnostics.Stopwatch _since = new();

        public bool Outlasted(DateTimeOffset lease)
        {
            if (lease != _lease || !_since.IsRunning)
            {
                _lease = lease;
                _since.Restart();
            }
            return _since.Elapsed >= ClaimPatience;
        }
    }

    // A round's send slots wait on the app's clock: a fake one moves a send interval each time the work stands still, and
    // twice as far each further time nothing reached the connector (a rate-limit wait), back to one interval once it does.
    private static async Task<T> MovingClockAsync<T>(BotApp app, Task<T> work, TimeProvider clock, TimeSpan step, CancellationToken cancellationToken)
    {
        var next = step;
        var requests = app.Connector.Requests.Count;
        while (await Task.WhenAny(work, Task.Delay(StandStill, CancellationToken.None)) != work)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clock is not FakeTimeProvider fake) continue;
            var now = app.Connector.Requests.Count;
            next = now != requests ? step : next * 2 < LongestStep ? next * 2 : LongestStep;
            requests = now;
            fake.Advance(next);
        }
        return await work;
    }

    private static TimeSpan SendInterval(DeliveryOptions options) =>
        (TimeSpan.FromSeconds(1) + options.RateMargin) / options.GlobalPerSecond;

    private static async Task<string> DescribeAsync(BotApp app)
    {
        await using var db = await Db(app, CancellationToken.None);
        var left = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Claimed).ToListAsync();
        return string.Join("; ", left.Select(m =>
            $"{m.IdempotencyKey} {m.Status} due {m.NextAttemptAt:O} lease {m.LeaseUntil:O} attempts {m.Attempts} {m.LastError}"));
    }

    // What went wrong in the app while the drain stood still (a locked database, a failed round), for the failure message.
    private static string LastWarnings(BotApp app) =>
        string.Join(Environment.NewLine, app.Logs.Lines.TakeLast(12).Select(line => line.Length > 600 ? line[..600] + "…" : line));

    private static Task<CasuistiekDbContext> Db(BotApp app, CancellationToken cancellationToken) =>
        app.Services.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync(cancellationToken);
}
