using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>When a message takes longer than about a second to answer, shows "typing…" until the turn ends.</summary>
/// <remarks>
/// A timer rather than a cancelled <c>Task.Delay</c>: almost every turn ends within the second, and a cancelled delay
/// would throw (and catch) an exception on each of them, which showed up as a hot spot under load.
/// </remarks>
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

        var typing = new Typing(turn, logger, cancellationToken);
        try
        {
            await using (clock.CreateTimer(static state => ((Typing)state!).Tick(), typing, FirstDelay, Repeat))
            {
                await next(cancellationToken);
            }
        }
        finally
        {
            await typing.StopAsync();
        }
    }

    /// <summary>One turn's indicator: at most one send in flight, none after the turn ended.</summary>
    private sealed class Typing(ITurnContext turn, ILogger logger, CancellationToken turnAborted)
    {
        private readonly Lock _gate = new();
        private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(turnAborted);
        private Task _sending = Task.CompletedTask;

        public void Tick()
        {
            lock (_gate)
            {
                if (_stop.IsCancellationRequested || !_sending.IsCompleted) return;
                _sending = SendAsync();
            }
        }

        public async Task StopAsync()
        {
            Task sending;
            lock (_gate)
            {
                _stop.Cancel();
                sending = _sending;
            }
            await sending;
            _stop.Dispose();
        }

        private async Task SendAsync()
        {
            try
            {
                await turn.SendAsync(new Activity { Type = ActivityTypes.Typing }, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                // The turn ended while the indicator was on its way.
            }
            catch (Exception exception)
            {
                logger.LogDebug(exception, "Typing indicator for {ActivityId} could not be sent", turn.Activity.Id);
            }
        }
    }
}
