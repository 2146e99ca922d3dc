namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>Handles typed commands, matched exactly (after mention stripping and normalisation), never by substring.</summary>
public interface ICommandHandler
{
    IReadOnlyCollection<string> Commands { get; }

    /// <summary>Where the command may answer; checked by the router before <see cref="HandleAsync"/> runs.</summary>
    CommandScope Scope { get; }

    /// <summary>
    /// When true, a command word followed by a space and more words matches too ("wie is Anouk"); the handler reads
    /// the rest itself. Such a match never interrupts an active flow and loses to an exact match of another handler.
    /// </summary>
    bool TakesArgument => false;

    Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
