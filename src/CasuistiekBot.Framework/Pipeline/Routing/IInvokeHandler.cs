using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>Handles one invoke name other than <c>adaptiveCard/action</c>; unhandled names get 501 as in the SDK.</summary>
public interface IInvokeHandler
{
    string Name { get; }

    Task<InvokeResponse> HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
