namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>
/// Where a command may answer. The router checks it before the handler runs, so a handler never repeats the check and
/// a new handler cannot forget it: <see cref="ICommandHandler.Scope"/> has no default.
/// </summary>
public enum CommandScope
{
    /// <summary>Any conversation: greetings, help and explanations that show nothing about anyone.</summary>
    Anywhere,

    /// <summary>Only the person's own 1:1 chat with the bot: whatever is about the person who asks.</summary>
    Personal,

    /// <summary>
    /// A 1:1 chat, or a shared conversation the app trusts with role-scoped answers (for example the one channel of the
    /// people holding that role). Which shared conversations qualify is decided by the <see cref="ICommandScopeGate"/>.
    /// </summary>
    PersonalOrTrusted,
}
