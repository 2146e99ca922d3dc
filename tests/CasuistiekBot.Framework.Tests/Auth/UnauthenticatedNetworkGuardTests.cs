using CasuistiekBot.Framework.Auth;

namespace CasuistiekBot.Framework.Tests.Auth;

public sealed class UnauthenticatedNetworkGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.1.2.3:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("https://localhost:5001")]
    [InlineData("http://LOCALHOST:5000/")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("http://[::ffff:127.0.0.1]:5000")]
    public void App_without_app_id_may_listen_on_loopback(string address)
    {
        var decision = UnauthenticatedNetworkGuard.Evaluate("", [address], allowUnauthenticatedOnNetwork: false);

        Assert.True(decision.IsAllowed, decision.Message);
    }

    [Theory]
    [InlineData("http://*:8080")]
    [InlineData("http://+:80")]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://[::]:8080")]
    [InlineData("http://10.0.0.4:8080")]
    [InlineData("https://bot.example.nl")]
    [InlineData("http://localhost.example.nl:80")]
    [InlineData("128.0.0.1")]
    public void App_without_app_id_may_not_listen_on_the_network(string address)
    {
        var decision = UnauthenticatedNetworkGuard.Evaluate(null, ["http://127.0.0.1:5000", address], allowUnauthenticatedOnNetwork: false);

        Assert.False(decision.IsAllowed);
        Assert.Contains(address, decision.Message);
        Assert.Contains(UnauthenticatedNetworkGuard.AllowUnauthenticatedOnNetworkKey, decision.Message);
    }

    [Fact]
    public void Explicit_flag_allows_an_app_without_app_id_on_the_network_with_a_warning()
    {
        var decision = UnauthenticatedNetworkGuard.Evaluate("", ["http://*:8080"], allowUnauthenticatedOnNetwork: true);

        Assert.True(decision.IsAllowed);
        Assert.Contains("UNAUTHENTICATED", decision.Message);
    }

    [Fact]
    public void App_with_an_app_id_may_listen_anywhere()
    {
        var decision = UnauthenticatedNetworkGuard.Evaluate("6f0bd3c5-3b56-4d5a-9b8e-0c1a2b3c4d5e", ["http://*:8080"], allowUnauthenticatedOnNetwork: false);

        Assert.True(decision.IsAllowed, decision.Message);
    }

    [Fact]
    public void In_memory_server_without_addresses_is_not_on_the_network()
    {
        var decision = UnauthenticatedNetworkGuard.Evaluate("", [], allowUnauthenticatedOnNetwork: false);

        Assert.True(decision.IsAllowed, decision.Message);
    }
}
