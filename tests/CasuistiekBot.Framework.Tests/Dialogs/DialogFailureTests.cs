using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Framework.Tests.Pipeline;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Dialogs;

/// <summary>
/// A bug ends the turn with an apology; what it may clear is the frame whose step failed, never a dialog that merely
/// happened to be in progress. Runs the real pipeline (error handler, router) over the real engine and the test flows.
/// </summary>
public sealed class DialogFailureTests
{
    private const string Key = "msteams/conversations/a:personal-1/dialog";

    [Fact]
    public async Task A_bug_in_a_card_action_outside_the_dialog_leaves_the_dialog_in_progress()
    {
        await using var host = Host(s => s.AddSingleton<ICardActionHandler>(new VerbHandler("demo.fail", _ => throw new InvalidOperationException("bug"))));
        await host.SendAsync(TestActivities.Message("nieuwe casus"));
        await host.SendAsync(TestActivities.Message("Een verhaal over een regel die schuurt."));

        var failed = await host.SendAsync(TestActivities.Execute("demo.fail"));
        await host.SendAsync(TestActivities.Message("2"));

        Assert.Equal(500, failed.InvokeResponse!.Body!["statusCode"]!.GetValue<int>());
        var frame = Assert.Single(await StackAsync(host));
        Assert.Equal("intake", frame.FlowId);
        Assert.Equal("deadline", frame.StepId);
        Assert.Equal("gedeeld-beeld", frame.Values["wish"]);
    }

    [Fact]
    public async Task A_bug_in_a_step_drops_that_frame_only_and_the_flow_below_goes_on()
    {
        await using var host = Host(s => s.AddSingleton<IStepValidator>(new ThrowingValidator("org-unit")));
        await host.SendAsync(TestActivities.Message("nieuwe casus"));
        await host.SendAsync(TestActivities.Message("Een verhaal over een regel die schuurt."));
        await host.SendAsync(TestActivities.Message("organisatie"));

        await host.SendAsync(TestActivities.Message("IND"));

        var frame = Assert.Single(await StackAsync(host));
        Assert.Equal("intake", frame.FlowId);
        Assert.Equal("wish", frame.StepId);
        Assert.StartsWith("Sorry, er ging iets mis", host.Connector.SentTexts[^1]);
        await host.SendAsync(TestActivities.Message("2"));
        Assert.Contains("beslisdatum", host.Connector.SentTexts[^1]);
    }

    [Fact]
    public async Task A_bug_in_a_completion_handler_drops_the_completed_frame_and_keeps_the_flow_below()
    {
        await using var host = Host(s => s.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("unit.complete",
            (_, _, _) => throw new InvalidOperationException("bug"))));
        await host.SendAsync(TestActivities.Message("nieuwe casus"));
        await host.SendAsync(TestActivities.Message("organisatie"));

        await host.SendAsync(TestActivities.Message("IND"));

        var stack = await StoredAsync(host);
        Assert.Equal("intake", Assert.Single(stack.Frames).FlowId);
        Assert.Null(stack.LastCompleted);
    }

    private static PipelineHost Host(Action<IServiceCollection> configure) => new(s =>
    {
        s.AddDialogs(TestFlows.Directory);
        s.AddSingleton<ICommandHandler>(new BeginFlowCommand("nieuwe casus", "intake"));
        s.AddSingleton<ICommandHandler>(new BeginFlowCommand("organisatie", "unit"));
        s.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("intake.complete"));
        configure(s);
        s.AddSingleton<IStepValidator, OrgUnitValidator>();
        s.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("unit.complete"));
    });

    private static async Task<List<DialogFrame>> StackAsync(PipelineHost host) => (await StoredAsync(host)).Frames;

    private static async Task<DialogStack> StoredAsync(PipelineHost host)
    {
        var stored = await host.Services.GetRequiredService<IStateStore>().ReadAsync(Key, CancellationToken.None);
        return System.Text.Json.JsonSerializer.Deserialize<DialogStack>(stored!.Json, Framework.Schema.BotJson.Options)!;
    }

    private sealed class BeginFlowCommand(string command, string flowId) : ICommandHandler
    {
        public IReadOnlyCollection<string> Commands { get; } = [command];

        public CommandScope Scope => CommandScope.Anywhere;

        public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
            turn.Services.GetRequiredService<IDialogEngine>().BeginAsync(turn, flowId, null, cancellationToken);
    }

    private sealed class ThrowingValidator(string name) : IStepValidator
    {
        public string Name => name;

        public ValueTask<StepValidation> ValidateAsync(ITurnContext turn, string value, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("bug in " + name);
    }
}
