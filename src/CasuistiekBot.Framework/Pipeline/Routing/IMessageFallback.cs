namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>What happens to a message that is no command, no card action and no answer in an active flow.</summary>
public interface IMessageFallback
{
    Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
