using CasuistiekBot.Framework.Auth;
using CasuistiekBot.Testing.Auth;

namespace CasuistiekBot.Framework.Tests.Auth;

public sealed class AuthorizationHeaderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Request_without_header_is_anonymous_when_no_app_id_is_configured(string? header)
    {
        await using var harness = await AuthHarness.StartAsync(appId: "");

        var result = await harness.AuthenticateAsync(header);

        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
        Assert.Equal(AuthenticationResult.AnonymousAuthenticationType, result.Identity.AuthenticationType);
        Assert.Empty(result.Identity.Claims);
    }

    [Fact]
    public async Task Request_without_header_is_rejected_when_an_app_id_is_configured()
    {
        await using var harness = await AuthHarness.StartAsync();

        var result = await harness.AuthenticateAsync(null);

        Assert.False(result.Succeeded);
        Assert.Contains("no Authorization header", result.FailureReason);
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    public async Task Header_without_app_id_is_still_validated(string header)
    {
        await using var harness = await AuthHarness.StartAsync(appId: "");

        var result = await harness.AuthenticateAsync(header);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Genuine_channel_token_is_rejected_when_no_app_id_is_configured()
    {
        await using var harness = await AuthHarness.StartAsync(appId: "");

        var result = await harness.AuthenticateTokenAsync(harness.Issuer.CreateChannelToken(appId: TestTokenIssuer.DefaultAppId));

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    public async Task Bearer_scheme_is_case_insensitive(string scheme)
    {
        await using var harness = await AuthHarness.StartAsync();

        var result = await harness.AuthenticateAsync($"{scheme} {harness.Issuer.CreateChannelToken()}");

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Unreachable_metadata_fails_the_request_with_a_reason_instead_of_throwing()
    {
        await using var other = await AuthHarness.StartAsync();
        await using var broken = await AuthHarness.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["ToBotFromChannelOpenIdMetadataUrl"] = other.Issuer.BaseAddress + "/no-such-metadata",
        });

        var result = await broken.AuthenticateTokenAsync(broken.Issuer.CreateChannelToken());

        Assert.False(result.Succeeded);
        Assert.Contains("No signing keys could be fetched", result.FailureReason);
    }
}
