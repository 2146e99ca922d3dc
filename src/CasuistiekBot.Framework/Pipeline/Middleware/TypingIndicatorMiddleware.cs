using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>When a message takes longer than about a second to answer, shows "typing…" until the turn ends.</summary>
public sealed class TypingIndicatorMiddleware(TimeProvider clock, ILogger<TypingIndicatorMiddleware> logger) : ITurnMiddleware
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Repeat = TimeSpan.FromSeconds(3);

    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message || string.Equals(turn.Activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase))
        {
            await next(cancellationToken);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingAsync(turn, stop.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await typing;
        }
    }

    private async Task SendTypingAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(FirstDelay, clock, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                await turn.SendAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                await Task.Delay(Repeat, clock, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn ended: stop typing.
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "Typing indicator for {ActivityId} could not be sent", turn.Activity.Id);
        }
    }
}
