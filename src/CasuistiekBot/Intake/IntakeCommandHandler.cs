using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Intake;

internal sealed class IntakeCommandHandler(IntakeStarter starter) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } =
        ["nieuwe casus", "casus inbrengen", "casus melden", "nieuwe melding", "new case", "raise a case", "new casus"];

    public CommandScope Scope => CommandScope.Personal;

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        starter.StartAsync(turn, story: null, introduce: true, cancellationToken);
}
