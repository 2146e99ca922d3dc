namespace CasuistiekBot.Commands;

/// <summary>
/// An admin command as registered: its name (the first word on the command line), its type, and one usage line per form
/// (the syntax after the executable's name, and what it does). Read from the registrations before anything is built.
/// </summary>
internal sealed record AdminCommandRegistration(string Name, Type Command, IReadOnlyList<(string Syntax, string Meaning)> Usage);
