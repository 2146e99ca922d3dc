using CasuistiekBot.Framework.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Tests.Auth;

public sealed class BotAuthenticationOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddBotAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void Sdk_key_names_are_read_from_the_configuration_root()
    {
        using var services = Build(new()
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant",
            ["ToBotFromChannelOpenIdMetadataUrl"] = "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
            ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.us",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.us",
            ["Bot:Auth:KeyRefreshInterval"] = "06:00:00",
            ["Bot:Auth:MinimumUnknownKeyRefreshInterval"] = "00:01:00",
        });

        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        var tuning = services.GetRequiredService<IOptions<BotAuthenticationTuningOptions>>().Value;

        Assert.Equal(MicrosoftAppType.UserAssignedMsi, options.MicrosoftAppType);
        Assert.Equal(("app", "secret", "tenant"), (options.MicrosoftAppId, options.MicrosoftAppPassword, options.MicrosoftAppTenantId));
        Assert.Equal("https://api.botframework.us", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://api.botframework.us", options.ToChannelFromBotOAuthScope);
        Assert.Equal(TimeSpan.FromHours(6), tuning.KeyRefreshInterval);
        Assert.Equal(TimeSpan.FromMinutes(1), tuning.MinimumUnknownKeyRefreshInterval);
        Assert.Equal(TimeSpan.FromMinutes(5), tuning.ClockSkew);
    }

    [Fact]
    public void Defaults_are_the_public_cloud_endpoints_and_single_tenant()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal(MicrosoftAppType.SingleTenant, options.MicrosoftAppType);
        Assert.True(options.IsAuthenticationDisabled);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", options.ToBotFromEmulatorOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToChannelFromBotOAuthScope);
    }

    [Fact]
    public void Single_tenant_bot_without_tenant_id_fails_validation()
    {
        using var services = Build(new() { ["MicrosoftAppId"] = "app" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    [Fact]
    public void Refresh_interval_above_24_hours_fails_validation()
    {
        using var services = Build(new() { ["Bot:Auth:KeyRefreshInterval"] = "2.00:00:00" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationTuningOptions>>().Value);
    }

    [Theory]
    [InlineData(MicrosoftAppType.SingleTenant, "contoso-tenant", null, "https://login.microsoftonline.com/contoso-tenant")]
    [InlineData(MicrosoftAppType.UserAssignedMsi, "contoso-tenant", null, "https://login.microsoftonline.com/contoso-tenant")]
    [InlineData(MicrosoftAppType.MultiTenant, "contoso-tenant", null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData(MicrosoftAppType.SingleTenant, "contoso-tenant", "https://login.microsoftonline.us/gov-tenant/", "https://login.microsoftonline.us/gov-tenant")]
    public void Outbound_login_url_follows_app_type_and_tenant(MicrosoftAppType type, string tenant, string? configured, string expected)
    {
        var options = new BotAuthenticationOptions { MicrosoftAppType = type, MicrosoftAppTenantId = tenant, ToChannelFromBotLoginUrl = configured };

        Assert.Equal(expected, options.ResolveToChannelFromBotLoginUrl());
    }
}
