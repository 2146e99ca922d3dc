using System.Net;
using CasuistiekBot.Caching;
using StackExchange.Redis;

namespace CasuistiekBot.Tests.Caching;

public sealed class RedisConnectionStringTests
{
    [Theory]
    [InlineData("127.0.0.1:16379", "127.0.0.1", 16379, null, null, false, null)]
    [InlineData("cache:6380,password=x,ssl=true", "cache", 6380, null, "x", true, null)]
    [InlineData("redis://cache.internal", "cache.internal", 6379, null, null, false, null)]
    [InlineData("redis://cache.internal:6380/2", "cache.internal", 6380, null, null, false, 2)]
    [InlineData("redis://:p%40ss@cache.internal:6380", "cache.internal", 6380, null, "p@ss", false, null)]
    [InlineData("redis://default:secret@cache.internal", "cache.internal", 6379, null, "secret", false, null)]
    [InlineData("redis://alice:s%2Ce%3Dcret@cache.internal", "cache.internal", 6379, "alice", "s,e=cret", false, null)]
    [InlineData("rediss://:key@contoso.redis.cache.windows.net:6380", "contoso.redis.cache.windows.net", 6380, null, "key", true, null)]
    public void Host_port_strings_and_redis_urls_give_endpoint_credentials_tls_and_database(
        string configured, string host, int port, string? user, string? password, bool tls, int? database)
    {
        var configuration = RedisConnectionString.Parse(configured);

        var endPoint = Assert.Single(configuration.EndPoints) switch
        {
            DnsEndPoint dns => (dns.Host, dns.Port),
            IPEndPoint ip => (ip.Address.ToString(), ip.Port),
            var other => throw new InvalidOperationException($"unexpected endpoint {other}"),
        };
        Assert.Equal((host, port), endPoint);
        Assert.Equal(user, configuration.User);
        Assert.Equal(password, configuration.Password);
        Assert.Equal(tls, configuration.Ssl);
        Assert.Equal(database, configuration.DefaultDatabase);
    }

    [Fact]
    public void The_client_never_aborts_on_a_failed_first_connect_and_uses_the_configured_timeouts()
    {
        var configuration = RedisConnectionString.ToConfiguration(new RedisOptions
        {
            ConnectionString = "redis-host:16379,abortConnect=true",
            ConnectTimeout = TimeSpan.FromSeconds(2),
            SyncTimeout = TimeSpan.FromSeconds(3),
            OperationTimeout = TimeSpan.FromSeconds(4),
        });

        Assert.False(configuration.AbortOnConnectFail);
        Assert.Equal(2000, configuration.ConnectTimeout);
        Assert.Equal(3000, configuration.SyncTimeout);
        Assert.Equal(4000, configuration.AsyncTimeout);
        Assert.Single(configuration.EndPoints);
    }
}
