using System.Security.Claims;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Diagnostics;
using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Pipeline;

/// <summary>Runs one authenticated activity through the middleware chain and the handler, in its own DI scope.</summary>
public sealed class BotAdapter(IServiceScopeFactory scopes, IConnectorClient connector, IOptions<TurnOptions> options, TimeProvider clock)
{
    public async Task<TurnResult> ProcessAsync(Activity activity, ClaimsIdentity identity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var turn = new TurnContext(activity.WithImBackAsText(), identity, services, connector, services.GetService<IReplyQueue>(), options.Value.InlineReplyBudget, clock);
        var middleware = services.GetServices<ITurnMiddleware>().ToArray();
        var handler = services.GetRequiredService<IActivityHandler>();

        using (var span = BotTelemetry.StartTurn(activity))
        {
            var started = clock.GetTimestamp();
            var outcome = "error";
            try
            {
                await RunAsync(0, cancellationToken);
                outcome = "ok";
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                outcome = "cancelled";
                throw;
            }
            finally
            {
                span?.SetTag("bot.turn.outcome", outcome);
                if (outcome == "error") span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
                BotTelemetry.TurnEnded(activity, outcome, clock.GetElapsedTime(started));
            }
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return new TurnResult(turn.InvokeResponse ?? InvokeResponse.NotImplemented(), null);
        }
        return turn.ExpectsReplies ? new TurnResult(null, turn.BufferedReplies) : TurnResult.Empty;

        Task RunAsync(int index, CancellationToken ct) => index < middleware.Length
            ? middleware[index].OnTurnAsync(turn, next => RunAsync(index + 1, next), ct)
            : handler.OnTurnAsync(turn, ct);
    }
}
