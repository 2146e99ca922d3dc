using CasuistiekBot.Commands;
using CasuistiekBot.Hosting;
using CasuistiekBot.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasuistiekBot.Tests.Hosting;

/// <summary>The admin commands as the one composition root registers them: each by its own slice, each under one name.</summary>
public sealed class AdminCommandRegistrationTests
{
    [Fact]
    public void Every_admin_command_of_the_app_is_registered_with_the_bot()
    {
        var declared = typeof(IAdminCommand).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAdminCommand).IsAssignableFrom(t)).Select(t => t.Name);

        var registered = BotServices().AdminCommands().Select(c => c.Command.Name);

        Assert.Equal(declared.Order(), registered.Order());
    }

    [Fact]
    public void The_commands_answer_to_the_words_administrators_type()
    {
        var names = BotServices().AdminCommands().Select(c => c.Name).Order();

        Assert.Equal(["danger", "directory", "erase", "export", "package", "report", "retention", "route", "routes", "scrub", "signals", "similar", "story", "understand"], names);
    }

    [Fact]
    public async Task Every_command_is_built_from_the_bot_services_without_bot_credentials()
    {
        var services = BotServices();
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        foreach (var command in services.AdminCommands())
        {
            Assert.IsType(command.Command, provider.GetRequiredKeyedService<IAdminCommand>(command.Name));
        }
    }

    [Fact]
    public void A_second_command_under_a_taken_name_is_refused_and_the_same_command_twice_counts_once()
    {
        var services = new ServiceCollection().AddAdminCommand<ScrubCommandStandIn>("scrub", ("scrub", "one"));

        services.AddAdminCommand<ScrubCommandStandIn>("scrub", ("scrub", "one"));
        var clash = Assert.Throws<InvalidOperationException>(() => services.AddAdminCommand<OtherStandIn>("scrub", ("scrub", "two")));

        Assert.Single(services.AdminCommands());
        Assert.Contains("ScrubCommandStandIn and OtherStandIn", clash.Message);
    }

    private static IServiceCollection BotServices()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddInMemoryCollection([new("MicrosoftAppId", ""), new("MicrosoftAppPassword", "")])
            .Build();
        var environment = new TestHostEnvironment(Directory.CreateTempSubdirectory("casuistiek-admin-").FullName);
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(environment)
            .AddCasuistiekBot(configuration, environment);
    }

    private sealed class ScrubCommandStandIn : IAdminCommand
    {
        public Task<int> RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    private sealed class OtherStandIn : IAdminCommand
    {
        public Task<int> RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) => Task.FromResult(1);
    }
}
