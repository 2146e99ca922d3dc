using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Tasks;

/// <summary>
/// "Mijn taken": everything open in the person's own name in one list (invitations, action points, signals), then
/// their cards. The specific commands ("mijn uitnodigingen", ...) stay for those who want one kind.
/// </summary>
internal sealed class MyTasksHandler(MyTasksReply reply, OpenTasks open) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["mijn taken", "my tasks"];

    public CommandScope Scope => CommandScope.Personal;

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        reply.SendAsync(turn, "mytasks", open.All, cancellationToken);
}
