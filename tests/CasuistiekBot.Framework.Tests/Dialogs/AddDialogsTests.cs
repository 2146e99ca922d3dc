using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Testing.Dialogs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CasuistiekBot.Framework.Tests.Dialogs;

public sealed class AddDialogsTests : IDisposable
{
    private const string ConditionalFlow = """
        {
          "id": "report", "version": 1, "completion": "report.complete",
          "steps": [
            { "id": "story", "kind": "text", "prompt": { "nl": "Vertel.", "en": "Tell." } },
            { "id": "safe", "kind": "confirm", "askWhen": "mentions.threat", "prompt": { "nl": "Doorgaan?", "en": "Go on?" } }
          ]
        }
        """;

    private readonly TempFlowDirectory _flows = new(withTestFlows: true);

    public void Dispose() => _flows.Dispose();

    [Fact]
    public async Task The_host_does_not_start_while_a_flow_names_an_unregistered_validator()
    {
        var services = Base(TestFlows.Directory);
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("intake.complete"));
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("unit.complete"));
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("visibility.complete"));
        services.AddSingleton<IStepCardRenderer, VisibilityCardRenderer>();
        await using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<FlowDefinitionException>(() => StartAsync(provider));

        Assert.Equal(["unit.flow.json: flow \"unit\" step \"unit\": no validator \"org-unit\""], ex.Problems);
    }

    [Fact]
    public async Task Every_unknown_handler_renderer_validator_and_condition_is_named_with_its_file_and_step()
    {
        _flows.Write("report.flow.json", ConditionalFlow);
        await using var provider = Base(_flows.Path).BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<FlowDefinitionException>(() => StartAsync(provider));

        Assert.Equal(
            [
                "intake.flow.json: flow \"intake\": no completion handler \"intake.complete\"",
                "report.flow.json: flow \"report\": no completion handler \"report.complete\"",
                "report.flow.json: flow \"report\" step \"safe\": no condition \"mentions.threat\"",
                "unit.flow.json: flow \"unit\": no completion handler \"unit.complete\"",
                "unit.flow.json: flow \"unit\" step \"unit\": no validator \"org-unit\"",
                "visibility.flow.json: flow \"visibility\": no completion handler \"visibility.complete\"",
                "visibility.flow.json: flow \"visibility\" step \"visibility\": no card renderer \"visibility-card\"",
            ],
            ex.Problems);
        Assert.Contains("report.flow.json: flow \"report\" step \"safe\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_components_of_one_kind_may_not_share_a_name()
    {
        var services = Complete(Base(TestFlows.Directory));
        services.AddSingleton<IStepValidator, OrgUnitValidator>();
        await using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<FlowDefinitionException>(() => StartAsync(provider));

        Assert.Equal(["two validators are named \"org-unit\""], ex.Problems);
    }

    [Fact]
    public async Task With_everything_registered_the_engine_resolves_and_the_check_passes()
    {
        await using var provider = Complete(Base(TestFlows.Directory)).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await StartAsync(provider);
        Assert.Same(provider.GetRequiredService<DialogEngine>(), provider.GetRequiredService<IDialogEngine>());
    }

    [Fact]
    public async Task A_completion_handler_may_depend_on_the_engine_it_is_called_by()
    {
        var services = Base(TestFlows.Directory);
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("intake.complete"));
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("unit.complete"));
        services.AddSingleton<IFlowCompletionHandler, FlowChainer>();
        services.AddSingleton<IStepCardRenderer, VisibilityCardRenderer>();
        services.AddSingleton<IStepValidator, OrgUnitValidator>();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var engine = provider.GetRequiredService<IDialogEngine>();
        await StartAsync(provider);

        Assert.Same(engine, provider.GetServices<IFlowCompletionHandler>().OfType<FlowChainer>().Single().Engine);
    }

    [Fact]
    public void A_broken_flow_directory_fails_at_registration()
    {
        var services = new ServiceCollection();
        Assert.Throws<FlowDefinitionException>(() => services.AddDialogs(Path.Combine(TestFlows.Directory, "missing")));
    }

    // Like an app's handler that begins the next flow when one completes.
    private sealed class FlowChainer(IDialogEngine engine) : IFlowCompletionHandler
    {
        public IDialogEngine Engine => engine;

        public string Name => "visibility.complete";

        public Task OnCompletedAsync(Framework.Pipeline.ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken) =>
            engine.BeginAsync(turn, "unit", null, cancellationToken);
    }

    private static Task StartAsync(IServiceProvider provider) => Assert.Single(provider.GetServices<IHostedService>()).StartAsync(CancellationToken.None);

    private static ServiceCollection Complete(ServiceCollection services)
    {
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("intake.complete"));
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("unit.complete"));
        services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("visibility.complete"));
        services.AddSingleton<IStepCardRenderer, VisibilityCardRenderer>();
        services.AddSingleton<IStepValidator, OrgUnitValidator>();
        return services;
    }

    private static ServiceCollection Base(string flowDirectory)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IStateStore, MemoryStateStore>();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IDialogTexts>(TestDialogLanguage.Instance);
        services.AddSingleton<IDialogVocabulary>(TestDialogLanguage.Instance);
        services.AddDialogs(flowDirectory);
        return services;
    }
}
