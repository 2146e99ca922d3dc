using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Auth;

namespace CasuistiekBot.Framework.Tests.Auth;

/// <summary>The Entra ID (Emulator) path once <c>Bot:AllowEmulatorTokens</c> opens it; <see cref="EmulatorPathTests"/> has the rest.</summary>
public sealed class EmulatorTokenTests : AuthHarnessTest
{
    private const string OtherAppId = "0badc0de-0000-4000-8000-000000000000";

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Bot:AllowEmulatorTokens"] = "true" };

    private TestTokenIssuer Issuer => Harness.Issuer;

    private static Activity LocalActivity => AuthHarness.Activity(serviceUrl: "http://localhost:56789/", channelId: "emulator");

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Entra_token_naming_the_bots_app_is_accepted_without_serviceurl(string version)
    {
        var token = Issuer.CreateEmulatorToken(version: version);

        var result = await Harness.AuthenticateTokenAsync(token, LocalActivity);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(0, Issuer.Channel.KeyFetchCount);
        Assert.Equal(1, Issuer.Emulator.KeyFetchCount);
    }

    [Theory]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public async Task Entra_token_naming_another_app_is_rejected(string version, string claim)
    {
        var token = Issuer.CreateEmulatorToken(appId: OtherAppId, version: version, customize: t => t with { Audience = TestTokenIssuer.DefaultAppId });

        var result = await Harness.AuthenticateTokenAsync(token, LocalActivity);

        Assert.False(result.Succeeded);
        Assert.Contains($"{claim} '{OtherAppId}'", result.FailureReason);
    }

    [Fact]
    public async Task Version_2_token_with_the_bots_id_only_in_appid_is_rejected()
    {
        var token = Issuer.CreateEmulatorToken(version: "2.0", customize: t => t
            .WithClaim("azp", OtherAppId)
            .WithClaim("appid", TestTokenIssuer.DefaultAppId));

        var result = await Harness.AuthenticateTokenAsync(token, LocalActivity);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Entra_token_without_ver_claim_is_rejected()
    {
        var result = await Harness.AuthenticateTokenAsync(Issuer.CreateEmulatorToken(customize: t => t.WithoutClaim("ver")), LocalActivity);

        Assert.False(result.Succeeded);
        Assert.Contains("no ver claim", result.FailureReason);
    }

    [Fact]
    public async Task Entra_token_with_an_unknown_version_is_rejected()
    {
        var result = await Harness.AuthenticateTokenAsync(Issuer.CreateEmulatorToken(customize: t => t.WithClaim("ver", "3.0")), LocalActivity);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Token_from_the_bot_framework_tenant_takes_the_entra_path_without_tid()
    {
        var token = Issuer.CreateEmulatorToken(customize: t => t.WithoutClaim("tid") with
        {
            Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        });

        var result = await Harness.AuthenticateTokenAsync(token, LocalActivity);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Tenant_issuer_that_does_not_match_the_tokens_tid_is_rejected()
    {
        var token = Issuer.CreateEmulatorToken(customize: t => t.WithClaim("tid", "22222222-2222-4222-8222-222222222222"));

        var result = await Harness.AuthenticateTokenAsync(token, LocalActivity);

        Assert.False(result.Succeeded);
        Assert.Contains("tid", result.FailureReason);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Token_issued_by_another_tenant_for_the_bots_app_is_rejected(string version)
    {
        const string Foreign = "33333333-3333-4333-8333-333333333333";
        var token = Issuer.CreateToken(Issuer.EmulatorTokenSpec(version: version, tenantId: Foreign));

        var result = await Harness.AuthenticateTokenAsync(token, LocalActivity);

        Assert.False(result.Succeeded);
        Assert.Contains("is not trusted", result.FailureReason);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Token_for_another_audience_is_rejected_even_when_it_names_the_bots_app(string version)
    {
        var token = Issuer.CreateEmulatorToken(version: version, customize: t => t with { Audience = "https://graph.microsoft.com" });

        var result = await Harness.AuthenticateTokenAsync(token, LocalActivity);

        Assert.False(result.Succeeded);
        Assert.Contains("audience", result.FailureReason);
    }

    [Fact]
    public async Task Activity_naming_a_service_url_off_this_machine_is_rejected()
    {
        var token = Issuer.CreateEmulatorToken();

        var result = await Harness.AuthenticateTokenAsync(token, AuthHarness.Activity(serviceUrl: "https://attacker.example/relay/", channelId: "emulator"));

        Assert.False(result.Succeeded);
        Assert.Contains("serviceUrl", result.FailureReason);
    }

    [Fact]
    public async Task Entra_token_signed_by_a_bot_connector_key_is_rejected()
    {
        var token = Issuer.CreateEmulatorToken(customize: t => t with { SigningKey = Issuer.Channel.CurrentKey });

        var result = await Harness.AuthenticateTokenAsync(token, LocalActivity);

        Assert.False(result.Succeeded);
        Assert.Contains("not published", result.FailureReason);
    }

    [Fact]
    public async Task Expired_entra_token_is_rejected()
    {
        var now = Harness.Clock.GetUtcNow();
        var token = Issuer.CreateEmulatorToken(customize: t => t with { IssuedAt = now.AddHours(-3), Expires = now.AddHours(-2) });

        var result = await Harness.AuthenticateTokenAsync(token, LocalActivity);

        Assert.False(result.Succeeded);
        Assert.Contains("expired", result.FailureReason);
    }
}
