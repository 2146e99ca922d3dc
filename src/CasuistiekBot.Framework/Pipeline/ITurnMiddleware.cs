namespace CasuistiekBot.Framework.Pipeline;

/// <summary>One link of the turn pipeline; call <c>next</c> to let the turn go on.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
