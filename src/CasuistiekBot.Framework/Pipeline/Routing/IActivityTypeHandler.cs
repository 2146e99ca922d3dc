namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>Handles a non-message activity type (conversationUpdate, installationUpdate, event, …); all matching handlers run.</summary>
public interface IActivityTypeHandler
{
    string ActivityType { get; }

    Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
