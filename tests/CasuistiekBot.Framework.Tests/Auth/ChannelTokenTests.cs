using CasuistiekBot.Testing.Auth;

namespace CasuistiekBot.Framework.Tests.Auth;

public sealed class ChannelTokenTests : AuthHarnessTest
{
    private TestTokenIssuer Issuer => Harness.Issuer;

    [Fact]
    public async Task Valid_channel_token_is_accepted_with_its_claims()
    {
        var result = await Harness.AuthenticateTokenAsync(Issuer.CreateChannelToken());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.IsAnonymous);
        Assert.True(result.Identity.IsAuthenticated);
        Assert.Equal(TestTokenIssuer.DefaultAppId, result.Identity.FindFirst("aud")?.Value);
        Assert.Equal(TestTokenIssuer.DefaultServiceUrl, result.Identity.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task Tokens_signed_with_the_other_allowed_rsa_algorithms_are_accepted(string algorithm)
    {
        var result = await Harness.AuthenticateTokenAsync(Issuer.CreateChannelToken(customize: t => t with { Algorithm = algorithm }));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_from_another_issuer_is_rejected()
    {
        var token = Issuer.CreateChannelToken(customize: t => t with { Issuer = "https://api.botframework.com.evil.example" });

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.False(result.Succeeded);
        Assert.Contains("issuer", result.FailureReason);
    }

    [Fact]
    public async Task Token_for_another_bot_is_rejected()
    {
        var token = Issuer.CreateChannelToken(appId: "11111111-2222-3333-4444-555555555555");

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.False(result.Succeeded);
        Assert.Contains("audience", result.FailureReason);
    }

    [Fact]
    public async Task Expired_token_is_rejected()
    {
        var now = Harness.Clock.GetUtcNow();
        var token = Issuer.CreateChannelToken(customize: t => t with { IssuedAt = now.AddHours(-2), Expires = now.AddMinutes(-6) });

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.False(result.Succeeded);
        Assert.Contains("expired", result.FailureReason);
    }

    [Fact]
    public async Task Token_that_becomes_valid_later_is_rejected()
    {
        var now = Harness.Clock.GetUtcNow();
        var token = Issuer.CreateChannelToken(customize: t => t with { IssuedAt = now, NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) });

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.False(result.Succeeded);
        Assert.Contains("not valid before", result.FailureReason);
    }

    [Fact]
    public async Task Token_expired_less_than_the_clock_skew_ago_is_accepted()
    {
        var now = Harness.Clock.GetUtcNow();
        var token = Issuer.CreateChannelToken(customize: t => t with { IssuedAt = now.AddHours(-1), Expires = now.AddMinutes(-4) });

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_valid_from_within_the_clock_skew_is_accepted()
    {
        var now = Harness.Clock.GetUtcNow();
        var token = Issuer.CreateChannelToken(customize: t => t with { IssuedAt = now, NotBefore = now.AddMinutes(4), Expires = now.AddHours(1) });

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_signed_by_another_key_under_a_published_kid_is_rejected()
    {
        var impostor = TestSigningKey.Create(keyId: Issuer.Channel.CurrentKey.KeyId, endorsements: ["msteams"]);
        var token = Issuer.CreateChannelToken(customize: t => t with { SigningKey = impostor });

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.False(result.Succeeded);
        Assert.Contains("rejected", result.FailureReason);
    }

    [Theory]
    [InlineData("HS256")]
    [InlineData("none")]
    public async Task Token_with_a_non_rsa_algorithm_is_rejected_before_any_key_is_fetched(string algorithm)
    {
        var token = Issuer.CreateChannelToken(customize: t => t with { Algorithm = algorithm });

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.False(result.Succeeded);
        Assert.Contains($"'{algorithm}' is not allowed", result.FailureReason);
        Assert.Equal(0, Issuer.Channel.KeyFetchCount);
    }

    [Fact]
    public async Task Token_without_serviceurl_claim_is_rejected()
    {
        var token = Issuer.CreateChannelToken(customize: t => t.WithoutClaim("serviceurl"));

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.False(result.Succeeded);
        Assert.Contains("no serviceurl", result.FailureReason);
    }

    [Fact]
    public async Task Token_for_another_service_url_is_rejected()
    {
        var token = Issuer.CreateChannelToken(serviceUrl: "https://smba.trafficmanager.net/amer/");

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.False(result.Succeeded);
        Assert.Contains("differs", result.FailureReason);
    }

    [Fact]
    public async Task Service_url_comparison_ignores_case()
    {
        var token = Issuer.CreateChannelToken(serviceUrl: TestTokenIssuer.DefaultServiceUrl.ToUpperInvariant());

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Activity_without_service_url_is_rejected()
    {
        var result = await Harness.AuthenticateTokenAsync(Issuer.CreateChannelToken(), AuthHarness.Activity(serviceUrl: null));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_activitys_channel_is_rejected()
    {
        var webChatKey = TestSigningKey.Create(endorsements: ["webchat", "directline"]);
        Issuer.Channel.Publish(webChatKey);
        var token = Issuer.CreateChannelToken(customize: t => t with { SigningKey = webChatKey });

        var forTeams = await Harness.AuthenticateTokenAsync(token, AuthHarness.Activity(channelId: "msteams"));
        var forWebChat = await Harness.AuthenticateTokenAsync(token, AuthHarness.Activity(channelId: "webchat"));

        Assert.False(forTeams.Succeeded);
        Assert.Contains("not endorsed for channel 'msteams'", forTeams.FailureReason);
        Assert.True(forWebChat.Succeeded, forWebChat.FailureReason);
    }

    [Fact]
    public async Task Activity_without_channel_id_passes_the_endorsement_check()
    {
        var result = await Harness.AuthenticateTokenAsync(Issuer.CreateChannelToken(), AuthHarness.Activity(channelId: null));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Key_without_an_endorsements_list_is_accepted_for_any_channel()
    {
        var plainKey = TestSigningKey.Create(endorsements: null);
        Issuer.Channel.Publish(plainKey);

        var result = await Harness.AuthenticateTokenAsync(Issuer.CreateChannelToken(customize: t => t with { SigningKey = plainKey }));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_signed_by_an_entra_key_is_not_trusted_on_the_channel_path()
    {
        var token = Issuer.CreateChannelToken(customize: t => t with { SigningKey = Issuer.Emulator.CurrentKey });

        var result = await Harness.AuthenticateTokenAsync(token);

        Assert.False(result.Succeeded);
        Assert.Contains("not published", result.FailureReason);
    }
}
