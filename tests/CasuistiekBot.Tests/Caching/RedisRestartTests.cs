using CasuistiekBot.Caching;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Middleware;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Testing;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CasuistiekBot.Tests.Caching;

public sealed class RedisRestartTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [RequiresServiceFact(RedisTestInstances.EnvironmentVariable)]
    public async Task While_Redis_is_down_operations_fail_transiently_and_after_its_restart_they_work_again_without_an_app_restart()
    {
        await using var server = await PrivateRedisServer.StartAsync();
        await using var redis = new RedisTestInstances(server.ConnectionString);
        var app = redis.StartInstance();
        var store = app.GetRequiredService<IStateStore>();
        var cache = app.GetRequiredService<IDistributedCache>();
        var deduplicator = app.GetRequiredService<IActivityDeduplicator>();
        var classifiers = app.GetServices<ITransientFailureClassifier>().ToList();
        var health = app.GetRequiredService<HealthCheckService>();
        await store.WriteAsync("conv/a", "before", null, None);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(None)).Status);

        await server.StopAsync();
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync(None)).Status);

        List<Func<Task>> operations =
        [
            () => store.ReadAsync("conv/a", None),
            () => store.WriteAsync("conv/a", "during", "*", None),
            () => store.DeleteAsync("conv/a", None),
            () => cache.GetAsync("directory:x"),
            () => Task.Run(() => cache.Set("directory:x", [1], new DistributedCacheEntryOptions())),
            async () => await deduplicator.TryClaimAsync("activity:1", None),
        ];
        foreach (var operation in operations)
        {
            var outage = await Assert.ThrowsAnyAsync<Exception>(operation);
            Assert.True(classifiers.Any(c => c.IsTransient(outage)), $"Not classified as transient: {outage}");
        }

        await server.RestartAsync();

        // The restarted Redis kept nothing (no persistence): a create must succeed, through the same container.
        await Eventually.TrueAsync(async () => await SucceedsAsync(() => store.WriteAsync("conv/a", "after", null, None)),
            "the app never reconnected to the restarted Redis", TimeSpan.FromSeconds(60));
        Assert.Equal("after", (await store.ReadAsync("conv/a", None))?.Json);
        Assert.True(await deduplicator.TryClaimAsync("activity:1", None));
        cache.Set("directory:x", [1], new DistributedCacheEntryOptions());
        Assert.Equal([1], await cache.GetAsync("directory:x"));
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(None)).Status);

        await Eventually.TrueAsync(() => Task.FromResult(redis.Logs.Entries.Any(e => e.Level == LogLevel.Information && e.Message.Contains("restored"))),
            "the reconnect was not logged");
        Assert.Contains(redis.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Redis connection") && e.Message.Contains("failed"));
    }

    [RequiresServiceFact(RedisTestInstances.EnvironmentVariable)]
    public async Task An_app_started_while_Redis_is_down_answers_transiently_and_connects_once_Redis_is_up()
    {
        await using var server = await PrivateRedisServer.StartAsync();
        await server.StopAsync();
        await using var redis = new RedisTestInstances(server.ConnectionString);
        var app = redis.StartInstance(new Dictionary<string, string?> { ["Redis:ConnectTimeout"] = "00:00:01" });
        var store = app.GetRequiredService<IStateStore>();
        var classifiers = app.GetServices<ITransientFailureClassifier>().ToList();

        var outage = await Assert.ThrowsAnyAsync<Exception>(() => store.ReadAsync("conv/a", None));
        Assert.True(classifiers.Any(c => c.IsTransient(outage)), $"Not classified as transient: {outage}");

        await server.RestartAsync();

        await Eventually.TrueAsync(async () => await SucceedsAsync(() => store.WriteAsync("conv/a", "1", null, None)),
            "the app never connected to Redis once it was up", TimeSpan.FromSeconds(60));
    }

    [RequiresServiceFact(RedisTestInstances.EnvironmentVariable)]
    public async Task A_Redis_that_hangs_fails_the_operation_transiently_after_the_operation_timeout()
    {
        await using var server = await PrivateRedisServer.StartAsync();
        await using var redis = new RedisTestInstances(server.ConnectionString);
        var app = redis.StartInstance(new Dictionary<string, string?> { ["Redis:OperationTimeout"] = "00:00:01" });
        var store = app.GetRequiredService<IStateStore>();
        var classifiers = app.GetServices<ITransientFailureClassifier>().ToList();
        await store.WriteAsync("conv/a", "before", null, None);

        server.Freeze(true);
        Exception hang;
        try
        {
            hang = await Assert.ThrowsAnyAsync<Exception>(() => store.ReadAsync("conv/a", None));
        }
        finally
        {
            server.Freeze(false);
        }

        Assert.IsType<RedisTimeoutException>(hang);
        Assert.True(classifiers.Any(c => c.IsTransient(hang)), $"Not classified as transient: {hang}");
        await Eventually.TrueAsync(async () => await SucceedsAsync(() => store.ReadAsync("conv/a", None)),
            "the app did not recover from the hang", TimeSpan.FromSeconds(60));
    }

    private static async Task<bool> SucceedsAsync(Func<Task> operation)
    {
        try
        {
            await operation();
            return true;
        }
        catch (Exception e) when (e is not StateConflictException)
        {
            return false;
        }
    }
}
