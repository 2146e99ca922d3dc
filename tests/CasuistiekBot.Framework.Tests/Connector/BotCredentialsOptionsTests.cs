using CasuistiekBot.Framework.Connector;
using Microsoft.Extensions.Configuration;

namespace CasuistiekBot.Framework.Tests.Connector;

public sealed class BotCredentialsOptionsTests
{
    [Fact]
    public void The_options_bind_from_the_bot_framework_root_keys()
    {
        var options = Bind(new()
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = "mi-client-id",
            ["MicrosoftAppTenantId"] = "tenant",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.us",
        });

        Assert.Equal(BotAppType.UserAssignedMsi, options.ParsedAppType);
        Assert.Equal(("mi-client-id", "tenant", "https://api.botframework.us"), (options.AppId, options.TenantId, options.Scope));
        Assert.Null(options.Problem());
    }

    [Theory]
    [InlineData(null, null, "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("MultiTenant", "https://login.microsoftonline.com/", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("SingleTenant", null, "https://login.microsoftonline.com/my-tenant/oauth2/v2.0/token")]
    [InlineData("SingleTenant", "http://127.0.0.1:5000", "http://127.0.0.1:5000/my-tenant/oauth2/v2.0/token")]
    [InlineData("MultiTenant", "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.com", "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.com/oauth2/v2.0/token")]
    public void The_token_endpoint_follows_the_app_type_and_login_url(string? appType, string? loginUrl, string expected)
    {
        var options = Bind(new()
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "my-tenant",
            ["ToChannelFromBotLoginUrl"] = loginUrl,
        });

        Assert.Equal(new Uri(expected), options.TokenEndpoint);
    }

    [Theory]
    [InlineData("SingleTenant", "secret", null, "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword")]
    [InlineData("Sometimes", "secret", null, "Sometimes")]
    public void Incomplete_credentials_are_named(string appType, string? password, string? tenant, string expectedInProblem)
    {
        var options = Bind(new()
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        });

        Assert.Contains(expectedInProblem, options.Problem());
    }

    [Fact]
    public void Without_an_app_id_nothing_else_is_required()
    {
        Assert.Null(Bind(new() { ["MicrosoftAppType"] = "SingleTenant" }).Problem());
    }

    private static BotCredentialsOptions Bind(Dictionary<string, string?> values)
    {
        var options = new BotCredentialsOptions();
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().Bind(options);
        return options;
    }
}
