using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CasuistiekBot.Framework.Tests.Dialogs;

public sealed class AddDialogsTests
{
    [Fact]
    public async Task The_host_does_not_start_while_a_flow_names_an_unregistered_validator()
    {
        var services = Base();
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("intake.complete"));
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("unit.complete"));
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("visibility.complete"));
        services.AddSingleton<IStepCardRenderer, VisibilityCardRenderer>();
        await using var provider = services.BuildServiceProvider();

        var check = Assert.Single(provider.GetServices<IHostedService>());
        var ex = await Assert.ThrowsAsync<FlowDefinitionException>(() => check.StartAsync(CancellationToken.None));

        Assert.Equal(["flow \"unit\" step \"unit\": no validator \"org-unit\""], ex.Problems);
    }

    [Fact]
    public async Task With_everything_registered_the_engine_resolves_and_the_check_passes()
    {
        var services = Base();
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("intake.complete"));
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("unit.complete"));
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("visibility.complete"));
        services.AddSingleton<IStepCardRenderer, VisibilityCardRenderer>();
        services.AddScoped<IStepValidator, OrgUnitValidator>();
        await using var provider = services.BuildServiceProvider();

        await Assert.Single(provider.GetServices<IHostedService>()).StartAsync(CancellationToken.None);
        Assert.Same(provider.GetRequiredService<DialogEngine>(), provider.GetRequiredService<IDialogEngine>());
    }

    [Fact]
    public void A_broken_flow_directory_fails_at_registration()
    {
        var services = new ServiceCollection();
        Assert.Throws<FlowDefinitionException>(() => services.AddDialogs(Path.Combine(TestFlows.Directory, "missing")));
    }

    private static ServiceCollection Base()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IStateStore, MemoryStateStore>();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddDialogs(TestFlows.Directory);
        return services;
    }
}
