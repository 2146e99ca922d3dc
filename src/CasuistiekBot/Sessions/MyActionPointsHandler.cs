using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Tasks;

namespace CasuistiekBot.Sessions;

/// <summary>"Mijn actiepunten": the person's own open action points, then each one's card with its "Afgerond" button.</summary>
internal sealed class MyActionPointsHandler(MyTasksReply reply, ActionPointTasks actionPoints) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["mijn actiepunten", "my action points"];

    public CommandScope Scope => CommandScope.Personal;

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        reply.SendAsync(turn, actionPoints.TextPrefix, [actionPoints], cancellationToken);
}
