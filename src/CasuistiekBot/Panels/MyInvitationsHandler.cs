using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Sessions;
using CasuistiekBot.Tasks;

namespace CasuistiekBot.Panels;

/// <summary>"Mijn uitnodigingen": the person's own open panel invitations, then each invitation card again to answer it.</summary>
internal sealed class MyInvitationsHandler(MyTasksReply reply, InvitationTasks invitations) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["mijn uitnodigingen", "my invitations"];

    public CommandScope Scope => CommandScope.Personal;

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        reply.SendAsync(turn, invitations.TextPrefix, [invitations], cancellationToken);
}
