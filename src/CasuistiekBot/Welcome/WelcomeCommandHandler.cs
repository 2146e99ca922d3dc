using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Welcome;

/// <summary>Greetings and "help" outside a flow answer with the welcome.</summary>
internal sealed class WelcomeCommandHandler(WelcomeSender welcome) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } =
        ["hallo", "hoi", "hey", "hi", "hello", "goedemorgen", "goedemiddag", "help", "hulp", "menu", "start"];

    public CommandScope Scope => CommandScope.Anywhere;

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) => welcome.SendAsync(turn, cancellationToken);
}
