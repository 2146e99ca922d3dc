using CasuistiekBot.Framework.Auth;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Tests.Auth;

/// <summary>Whether the Entra ID (Emulator) path is open at all, and to which serviceUrls.</summary>
public sealed class EmulatorPathTests
{
    private static Activity Activity(string serviceUrl) => AuthHarness.Activity(serviceUrl: serviceUrl, channelId: "emulator");

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Without_the_setting_an_entra_token_for_the_bots_own_app_is_refused(string version)
    {
        await using var harness = await AuthHarness.StartAsync();

        var result = await harness.AuthenticateTokenAsync(harness.Issuer.CreateEmulatorToken(version: version), Activity("http://127.0.0.1:5000/"));

        Assert.False(result.Succeeded);
        Assert.Contains("Bot:AllowEmulatorTokens", result.FailureReason);
        Assert.Equal(0, harness.Issuer.Emulator.KeyFetchCount);
    }

    [Theory]
    [InlineData("http://localhost:56789/")]
    [InlineData("http://127.0.0.1:3979/")]
    [InlineData("http://[::1]:3979/")]
    public async Task With_the_setting_loopback_service_urls_are_accepted(string serviceUrl)
    {
        await using var harness = await AuthHarness.StartAsync(overrides: new Dictionary<string, string?> { ["Bot:AllowEmulatorTokens"] = "true" });

        var result = await harness.AuthenticateTokenAsync(harness.Issuer.CreateEmulatorToken(), Activity(serviceUrl));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task A_listed_service_url_is_accepted_and_others_beside_it_are_not()
    {
        await using var harness = await AuthHarness.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Bot:AllowEmulatorTokens"] = "true",
            ["Bot:EmulatorServiceUrls:0"] = "https://parent-bot.example.nl/api/skills",
        });
        var token = harness.Issuer.CreateEmulatorToken();

        var listed = await harness.AuthenticateTokenAsync(token, Activity("https://parent-bot.example.nl/api/skills/"));
        var other = await harness.AuthenticateTokenAsync(token, Activity("https://parent-bot.example.nl.attacker.example/api/skills/"));

        Assert.True(listed.Succeeded, listed.FailureReason);
        Assert.False(other.Succeeded);
    }

    [Fact]
    public void A_listed_service_url_that_is_not_an_absolute_url_stops_the_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:EmulatorServiceUrls:0"] = "parent-bot.example.nl",
        }).Build();
        using var services = new ServiceCollection().AddBotAuthentication(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmulatorTokenOptions>>().Value);

        Assert.Contains("Bot:EmulatorServiceUrls", error.Message);
    }

    [Fact]
    public async Task Channel_tokens_are_accepted_whatever_the_emulator_setting()
    {
        await using var harness = await AuthHarness.StartAsync();

        var result = await harness.AuthenticateTokenAsync(harness.Issuer.CreateChannelToken());

        Assert.True(result.Succeeded, result.FailureReason);
    }
}
