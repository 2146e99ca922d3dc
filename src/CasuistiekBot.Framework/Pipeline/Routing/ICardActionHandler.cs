using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>
/// Handles card actions by verb, whether they came as <c>Action.Execute</c> (invoke) or as an <c>Action.Submit</c> fallback
/// (message with a value). The answer is the refreshed card or a message; for a submit the router applies it itself.
/// </summary>
public interface ICardActionHandler
{
    IReadOnlyCollection<string> Verbs { get; }

    Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken);
}
