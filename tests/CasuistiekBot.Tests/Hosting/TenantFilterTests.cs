using System.Net;
using System.Text.Json;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Hosting;

/// <summary>The app with its default settings: a registered bot serves its own tenant (MicrosoftAppTenantId) and no other.</summary>
public sealed class TenantFilterTests
{
    private const string OtherTenant = "11111111-1111-4111-8111-111111111111";

    [Fact]
    public async Task Without_a_tenant_list_a_user_of_another_tenant_is_acknowledged_and_not_served()
    {
        await using var app = await BotApp.StartAsync();
        var message = app.Message("hallo");
        var foreign = message with
        {
            Conversation = message.Conversation! with { TenantId = OtherTenant },
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = OtherTenant } }),
        };

        var response = await app.PostAsync(foreign);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(app.Messages);
        Assert.Contains(app.Logs.Lines, l => l.Contains($"from tenant {OtherTenant} that is not allowed"));
    }

    [Fact]
    public async Task Without_a_tenant_list_a_user_of_the_bots_own_tenant_is_served()
    {
        await using var app = await BotApp.StartAsync();

        await app.PostAsync(app.Message("hallo"));

        Assert.NotEmpty(await app.WaitForMessagesAsync(2));
    }

    [Fact]
    public async Task Serving_every_tenant_is_an_explicit_choice_that_is_logged_at_start()
    {
        await using var app = await BotApp.StartAsync(extra: new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = "*" });
        var message = app.Message("hallo");

        await app.PostAsync(message with { ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = OtherTenant } }) });

        Assert.NotEmpty(await app.WaitForMessagesAsync(2));
        Assert.Contains(app.Logs.Lines, l => l.Contains("Serving users of every tenant (Bot:AllowedTenants:0=*)"));
    }

    [Fact]
    public async Task A_multi_tenant_bot_without_a_list_or_a_tenant_refuses_to_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotApp.StartAsync(extra: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppTenantId"] = "",
        }));

        Assert.Contains("Bot:AllowedTenants:0=*", error.ToString());
    }
}
