using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;


namespace CasuistiekBot.Tests.Delivery;

public sealed class DeliveryOptionsTests
{
    [Theory]
    [InlineData("Delivery:GlobalPerSecond", "51")]
    [InlineData("Delivery:GlobalPerSecond", "0")]
    [InlineData("Delivery:PerConversationPerSecond", "8")]
    [InlineData("Delivery:PerConversationPerHour", "1801")]
    [InlineData("Delivery:LeaseDuration", "00:00:30")]
    internal async Task Settings_beyond_teams_limits_or_a_lease_shorter_than_a_send_are_refused(string key, string value)
    {
        await using var host = await DeliveryTestHost.StartAsync(DatabaseProvider.Sqlite);
        var app = await host.StartInstanceAsync();
        Assert.Equal(30, app.Services.GetRequiredService<IOptions<DeliveryOptions>>().Value.GlobalPerSecond);

        var misconfigured = await host.StartInstanceAsync(new Dictionary<string, string?> { [key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => misconfigured.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key.Split(':')[1], refused.Message);
    }

    [Fact]
    public async Task The_bot_id_comes_from_bot_id_and_the_global_rate_may_go_up_to_50()
    {
        await using var host = await DeliveryTestHost.StartAsync(DatabaseProvider.Sqlite);
        var app = await host.StartInstanceAsync(new Dictionary<string, string?> { ["Delivery:GlobalPerSecond"] = "50", ["Bot:Id"] = "28:configured" });

        var options = app.Services.GetRequiredService<IOptions<DeliveryOptions>>().Value;

        Assert.Equal((50, "28:configured"), (options.GlobalPerSecond, options.BotId));
    }
}
