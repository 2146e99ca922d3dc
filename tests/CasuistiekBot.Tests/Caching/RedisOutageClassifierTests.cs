using CasuistiekBot.Caching;
using CasuistiekBot.Testing;
using StackExchange.Redis;

namespace CasuistiekBot.Tests.Caching;

public sealed class RedisOutageClassifierTests
{
    private readonly RedisOutageClassifier _classifier = new();

    [RequiresServiceFact(RedisTestInstances.EnvironmentVariable)]
    public async Task A_server_that_is_still_loading_its_data_is_an_outage_and_a_bad_command_is_not()
    {
        await using var redis = new RedisTestInstances();

        // Real error replies from a real server, as Redis sends them while it loads its dataset after a restart.
        var loading = await Assert.ThrowsAsync<RedisServerException>(() =>
            redis.Raw.ScriptEvaluateAsync("return redis.error_reply('LOADING Redis is loading the dataset in memory')"));
        var bug = await Assert.ThrowsAsync<RedisServerException>(() => redis.Raw.ScriptEvaluateAsync("return redis.call('NOSUCHCOMMAND')"));

        Assert.True(_classifier.IsTransient(loading));
        Assert.True(_classifier.IsTransient(new InvalidOperationException("wrapped", loading)));
        Assert.False(_classifier.IsTransient(bug));
    }

    [Fact]
    public void A_Redis_timeout_is_an_outage_and_unrelated_failures_are_not()
    {
        Assert.True(_classifier.IsTransient(new RedisTimeoutException("Timeout awaiting response", CommandStatus.Sent)));
        Assert.False(_classifier.IsTransient(new TimeoutException("an HTTP call")));
        Assert.False(_classifier.IsTransient(new InvalidOperationException("a bug")));
    }
}
