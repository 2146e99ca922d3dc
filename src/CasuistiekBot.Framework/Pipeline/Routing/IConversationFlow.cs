namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>The router's view of the dialog engine: is a flow waiting for an answer, and which words interrupt it.</summary>
public interface IConversationFlow
{
    Task<bool> IsActiveAsync(ITurnContext turn, CancellationToken cancellationToken);

    /// <summary>Words such as "stop" or "help" that the active flow handles before any command.</summary>
    bool IsInterrupt(string normalizedText);

    /// <summary>Lets the flow consume the message; false when it did not (e.g. the flow is paused).</summary>
    Task<bool> ContinueAsync(ITurnContext turn, CancellationToken cancellationToken);
}
