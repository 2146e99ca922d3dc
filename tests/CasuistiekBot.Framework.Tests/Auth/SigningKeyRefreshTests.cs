using CasuistiekBot.Framework.Auth;

namespace CasuistiekBot.Framework.Tests.Auth;

public sealed class SigningKeyRefreshTests : AuthHarnessTest
{
    private static readonly TimeSpan MinimumInterval = new BotAuthenticationTuningOptions().MinimumUnknownKeyRefreshInterval;

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Bot:AllowEmulatorTokens"] = "true" };

    [Fact]
    public async Task Keys_are_fetched_once_for_many_requests()
    {
        for (var i = 0; i < 5; i++)
        {
            var result = await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateChannelToken());
            Assert.True(result.Succeeded, result.FailureReason);
        }

        Assert.Equal(1, Harness.Issuer.Channel.MetadataFetchCount);
        Assert.Equal(1, Harness.Issuer.Channel.KeyFetchCount);
    }

    [Fact]
    public async Task Token_signed_by_a_newly_published_key_is_accepted_after_one_refetch()
    {
        Assert.True((await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateChannelToken())).Succeeded);

        Harness.Issuer.Channel.RotateKey();
        var result = await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateChannelToken());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, Harness.Issuer.Channel.KeyFetchCount);
    }

    [Fact]
    public async Task Forged_kids_refetch_keys_at_most_once_per_minimum_interval()
    {
        string Forged(int n) => Harness.Issuer.CreateChannelToken(customize: t => t with { KeyId = $"forged-{n}" });

        for (var n = 0; n < 5; n++)
        {
            Assert.False((await Harness.AuthenticateTokenAsync(Forged(n))).Succeeded);
        }
        Assert.Equal(2, Harness.Issuer.Channel.KeyFetchCount);

        Harness.Clock.Advance(MinimumInterval - TimeSpan.FromSeconds(1));
        Assert.False((await Harness.AuthenticateTokenAsync(Forged(5))).Succeeded);
        Assert.Equal(2, Harness.Issuer.Channel.KeyFetchCount);

        Harness.Clock.Advance(TimeSpan.FromSeconds(1));
        var result = await Harness.AuthenticateTokenAsync(Forged(6));
        Assert.False(result.Succeeded);
        Assert.Contains("'forged-6' is not published", result.FailureReason);
        Assert.Equal(3, Harness.Issuer.Channel.KeyFetchCount);
    }

    [Fact]
    public async Task Keys_are_refetched_after_24_hours()
    {
        var retired = Harness.Issuer.Channel.CurrentKey;
        Assert.True((await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateChannelToken())).Succeeded);

        Harness.Issuer.Channel.RotateKey();
        Harness.Issuer.Channel.Withdraw(retired.KeyId);
        string TokenByRetiredKey() => Harness.Issuer.CreateChannelToken(customize: t => t with { SigningKey = retired });

        Harness.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        Assert.True((await Harness.AuthenticateTokenAsync(TokenByRetiredKey())).Succeeded);
        Assert.Equal(1, Harness.Issuer.Channel.KeyFetchCount);

        Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var result = await Harness.AuthenticateTokenAsync(TokenByRetiredKey());

        Assert.False(result.Succeeded);
        Assert.Equal(2, Harness.Issuer.Channel.KeyFetchCount);
        Assert.True((await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateChannelToken())).Succeeded);
    }

    [Fact]
    public async Task Channel_and_entra_keys_are_cached_separately()
    {
        Assert.True((await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateChannelToken())).Succeeded);
        var local = AuthHarness.Activity(serviceUrl: "http://localhost:56789/", channelId: "emulator");
        Assert.True((await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateEmulatorToken(), local)).Succeeded);
        Assert.True((await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateEmulatorToken(version: "2.0"), local)).Succeeded);

        Assert.Equal(1, Harness.Issuer.Channel.KeyFetchCount);
        Assert.Equal(1, Harness.Issuer.Emulator.KeyFetchCount);
    }

    [Fact]
    public async Task Cached_keys_keep_working_while_the_metadata_endpoint_is_down()
    {
        Assert.True((await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateChannelToken())).Succeeded);
        Harness.Issuer.Channel.IsUnavailable = true;

        Harness.Clock.Advance(TimeSpan.FromHours(25));
        var duringOutage = await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateChannelToken());
        var metadataRequestsDuringOutage = Harness.Issuer.Channel.MetadataFetchCount;

        Harness.Issuer.Channel.IsUnavailable = false;
        Harness.Issuer.Channel.RotateKey();
        Harness.Clock.Advance(MinimumInterval);
        var afterOutage = await Harness.AuthenticateTokenAsync(Harness.Issuer.CreateChannelToken());

        Assert.True(duringOutage.Succeeded, duringOutage.FailureReason);
        Assert.Equal(2, metadataRequestsDuringOutage);
        Assert.True(afterOutage.Succeeded, afterOutage.FailureReason);
        Assert.Equal(2, Harness.Issuer.Channel.KeyFetchCount);
    }
}
