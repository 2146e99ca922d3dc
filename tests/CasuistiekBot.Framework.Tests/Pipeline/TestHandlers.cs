using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Pipeline;

namespace CasuistiekBot.Framework.Tests.Pipeline;

internal sealed class EchoCommand(params string[] commands) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } = commands;

    public CommandScope Scope => CommandScope.Anywhere;

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.SendAsync(MessageFactory.Text($"command:{commands[0]}"), cancellationToken);
}

internal sealed class RecordingFallback : IMessageFallback
{
    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.SendAsync(MessageFactory.Text($"fallback:{turn.Activity.Text}"), cancellationToken);
}

internal sealed class FakeFlow(bool active) : IConversationFlow
{
    public Task<bool> IsActiveAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.FromResult(active);

    public bool IsInterrupt(string normalizedText) => normalizedText is "stop" or "help";

    public async Task<bool> ContinueAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await turn.SendAsync(MessageFactory.Text($"flow:{turn.Activity.Text}"), cancellationToken);
        return true;
    }
}

internal sealed class VerbHandler(string verb, Func<CardAction, InvokeResponse?> answer) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [verb];

    public List<CardAction> Seen { get; } = [];

    public Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        lock (Seen) Seen.Add(action);
        return Task.FromResult(answer(action));
    }
}

internal sealed class ThrowingCommand(Exception exception) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["boom"];

    public CommandScope Scope => CommandScope.Anywhere;

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) => throw exception;
}

/// <summary>A turn that "takes" 1.5 s on the fake clock and answers once the typing indicator has gone out.</summary>
internal sealed class SlowCommand(FakeTimeProvider clock, RecordingConnector connector) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["slow"];

    public CommandScope Scope => CommandScope.Anywhere;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        clock.Advance(TimeSpan.FromSeconds(1.5));
        for (var i = 0; i < 500 && !connector.Calls.Any(c => c.Activity?.Type == ActivityTypes.Typing); i++) await Task.Delay(10, cancellationToken);
        await turn.SendAsync(MessageFactory.Text("done"), cancellationToken);
    }
}
