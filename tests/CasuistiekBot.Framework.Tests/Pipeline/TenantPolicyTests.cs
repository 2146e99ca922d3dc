using CasuistiekBot.Framework.Pipeline.Middleware;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Testing.Logging;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Tests.Pipeline;

/// <summary>The tenant filter fails closed: an unset list means the bot's own tenant, and "every tenant" must be said out loud.</summary>
public sealed class TenantPolicyTests
{
    private const string OwnTenant = TestActivities.TenantId;
    private const string OtherTenant = "11111111-1111-4111-8111-111111111111";
    private const string AppId = "6f0bd3c5-3b56-4d5a-9b8e-0c1a2b3c4d5e";

    [Fact]
    public async Task Without_a_list_a_registered_bot_serves_only_its_own_tenant()
    {
        await using var host = Host(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = OwnTenant });

        await host.SendAsync(FromTenant(OtherTenant));
        await host.SendAsync(FromTenant(OwnTenant));

        Assert.Equal(["command:hallo"], host.Connector.SentTexts);
    }

    [Fact]
    public async Task A_registered_bot_without_a_list_or_a_tenant_does_not_start()
    {
        await using var host = Host(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppType"] = "MultiTenant" });

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<TenantPolicy>());

        Assert.Contains("Bot:AllowedTenants:0=*", error.Message);
    }

    [Fact]
    public async Task Every_tenant_is_served_only_when_the_list_says_star_and_that_is_logged_at_start()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = Host(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppType"] = "MultiTenant", ["Bot:AllowedTenants:0"] = "*" }, logs);

        await StartHostedServicesAsync(host);
        await host.SendAsync(FromTenant(OtherTenant));

        Assert.Equal(["command:hallo"], host.Connector.SentTexts);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("every tenant (Bot:AllowedTenants:0=*)"));
    }

    [Fact]
    public async Task Star_next_to_tenant_ids_is_refused_as_ambiguous()
    {
        await using var host = Host(new() { ["MicrosoftAppId"] = AppId, ["Bot:AllowedTenants:0"] = OwnTenant, ["Bot:AllowedTenants:1"] = "*" });

        Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<TenantPolicy>());
    }

    [Fact]
    public async Task A_list_wins_over_the_bots_own_tenant()
    {
        await using var host = Host(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = OwnTenant, ["Bot:AllowedTenants:0"] = OtherTenant });

        await host.SendAsync(FromTenant(OwnTenant));
        await host.SendAsync(FromTenant(OtherTenant));

        Assert.Equal(["command:hallo"], host.Connector.SentTexts);
    }

    [Fact]
    public async Task The_served_tenant_is_logged_at_start()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = Host(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = OwnTenant }, logs);

        await StartHostedServicesAsync(host);

        Assert.Contains(logs.Entries, e => e.Message.Contains($"tenant {OwnTenant} only (MicrosoftAppTenantId)"));
    }

    [Fact]
    public async Task Activity_without_a_tenant_is_ignored_by_a_registered_bot()
    {
        await using var host = Host(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = OwnTenant });

        await host.SendAsync(TestActivities.Message("hallo") with { ChannelData = null, Conversation = new() { Id = "a:personal-1" } });

        Assert.Empty(host.Connector.Calls);
    }

    private static PipelineHost Host(Dictionary<string, string?> settings, CapturingLoggerProvider? logs = null) => new(services =>
    {
        services.AddSingleton<ICommandHandler>(new EchoCommand("hallo"));
        if (logs is not null) services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
    }, settings);

    private static async Task StartHostedServicesAsync(PipelineHost host)
    {
        foreach (var service in host.Services.GetServices<IHostedService>()) await service.StartAsync(CancellationToken.None);
    }

    private static Framework.Schema.Activity FromTenant(string tenantId)
    {
        var activity = TestActivities.Message("hallo");
        return activity with
        {
            Conversation = activity.Conversation! with { TenantId = tenantId },
            ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
        };
    }
}
