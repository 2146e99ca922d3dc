using CasuistiekBot.Hosting;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Hosting;

public sealed class ClockOffsetTests
{
    [Fact]
    public void Without_an_offset_the_app_runs_on_the_system_clock_itself()
    {
        using var services = Clock(new() { ["Clock:Offset"] = null }, registerSystemClockFirst: true);

        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void An_offset_moves_now_forward_and_replaces_a_system_clock_registered_earlier()
    {
        using var services = Clock(new() { ["Clock:Offset"] = "15.00:00:00" }, registerSystemClockFirst: true);

        var clock = services.GetRequiredService<TimeProvider>();
        var ahead = clock.GetUtcNow() - DateTimeOffset.UtcNow;

        Assert.Equal(TimeSpan.FromDays(15), Assert.IsType<OffsetTimeProvider>(clock).Offset);
        Assert.InRange(ahead, TimeSpan.FromDays(15) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(15) + TimeSpan.FromMinutes(1));
        Assert.Single(services.GetServices<TimeProvider>());
    }

    [Theory]
    [InlineData("-1.00:00:00", "between zero and 366 days")]
    [InlineData("400.00:00:00", "between zero and 366 days")]
    public void An_offset_backwards_or_beyond_a_year_is_refused_with_the_setting_named(string offset, string expected)
    {
        using var services = Clock(new() { ["Clock:Offset"] = offset });

        var refusal = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<TimeProvider>());

        Assert.Contains("Clock:Offset", refusal.Message);
        Assert.Contains(expected, refusal.Message);
    }

    [Fact]
    public void An_offset_that_is_not_a_duration_is_refused_with_the_setting_named()
    {
        using var services = Clock(new() { ["Clock:Offset"] = "two weeks" });

        var refusal = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<TimeProvider>());

        Assert.Contains("Clock:Offset", refusal.Message);
    }

    [Fact]
    public void A_bot_with_an_app_id_refuses_a_moved_clock_but_runs_on_the_real_one()
    {
        using var moved = Clock(new() { ["Clock:Offset"] = "15.00:00:00", ["MicrosoftAppId"] = "00000000-0000-4000-8000-00000000a991" });
        using var real = Clock(new() { ["Clock:Offset"] = "00:00:00", ["MicrosoftAppId"] = "00000000-0000-4000-8000-00000000a991" });

        var refusal = Assert.Throws<OptionsValidationException>(() => moved.GetRequiredService<TimeProvider>());

        Assert.Contains("without authentication", refusal.Message);
        Assert.Same(TimeProvider.System, real.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task The_app_itself_lives_on_the_moved_clock()
    {
        await using var app = await BotApp.StartAsync(authenticated: false, extra: new Dictionary<string, string?> { ["Clock:Offset"] = "21.00:00:00" });

        var ahead = app.Services.GetRequiredService<TimeProvider>().GetUtcNow() - DateTimeOffset.UtcNow;

        Assert.InRange(ahead, TimeSpan.FromDays(21) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(21) + TimeSpan.FromMinutes(1));
    }

    private static ServiceProvider Clock(Dictionary<string, string?> settings, bool registerSystemClockFirst = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        if (registerSystemClockFirst) services.AddSingleton(TimeProvider.System);
        return services.AddClock().BuildServiceProvider();
    }
}
