namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>
/// Decides whether a scoped command may answer in a shared conversation (a group chat or channel); the router never
/// asks for a 1:1 chat or for <see cref="CommandScope.Anywhere"/>. A gate that refuses tells the person itself, in one
/// line, and the command does not run. Without a gate the router answers scoped commands in 1:1 chats only, silently
/// refusing elsewhere.
/// </summary>
public interface ICommandScopeGate
{
    Task<bool> AdmitAsync(ITurnContext turn, CommandScope scope, CancellationToken cancellationToken);
}
