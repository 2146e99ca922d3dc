using CasuistiekBot.Caching;

namespace CasuistiekBot.Tests.Caching;

public sealed class RedisConnectionStringTests
{
    [Theory]
    [InlineData("127.0.0.1:56379", "127.0.0.1:56379")]
    [InlineData("cache:6380,password=x,ssl=true", "cache:6380,password=x,ssl=true")]
    [InlineData("redis://cache.internal", "cache.internal:6379")]
    [InlineData("redis://cache.internal:6380/2", "cache.internal:6380,defaultDatabase=2")]
    [InlineData("redis://:p%40ss@cache.internal:6380", "cache.internal:6380,password=p@ss")]
    [InlineData("redis://default:secret@cache.internal", "cache.internal:6379,password=secret")]
    [InlineData("rediss://cache.internal:6380", "cache.internal:6380,ssl=true")]
    public void Host_port_strings_pass_through_and_redis_urls_are_translated(string configured, string expected) =>
        Assert.Equal(expected, RedisConnectionString.Normalize(configured));

    [Fact]
    public void The_client_never_aborts_on_a_failed_first_connect_and_uses_the_configured_timeouts()
    {
        var configuration = RedisConnectionString.ToConfiguration(new RedisOptions
        {
            ConnectionString = "127.0.0.1:56379,abortConnect=true",
            ConnectTimeout = TimeSpan.FromSeconds(2),
            SyncTimeout = TimeSpan.FromSeconds(3),
        });

        Assert.False(configuration.AbortOnConnectFail);
        Assert.Equal(2000, configuration.ConnectTimeout);
        Assert.Equal(3000, configuration.SyncTimeout);
        Assert.Single(configuration.EndPoints);
    }
}
