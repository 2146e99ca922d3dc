namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>Handles typed commands, matched exactly (after mention stripping and normalisation), never by substring.</summary>
public interface ICommandHandler
{
    IReadOnlyCollection<string> Commands { get; }

    Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
