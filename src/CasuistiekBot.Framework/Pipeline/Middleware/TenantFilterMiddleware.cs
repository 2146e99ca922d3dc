using CasuistiekBot.Framework.Diagnostics;
using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>Acknowledges and ignores activities from tenants the <see cref="TenantPolicy"/> does not serve.</summary>
public sealed class TenantFilterMiddleware(TenantPolicy policy, ILogger<TenantFilterMiddleware> logger) : ITurnMiddleware
{
    public Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var tenant = turn.Activity.GetTenantId();
        if (policy.Serves(tenant)) return next(cancellationToken);

        logger.LogWarning("Ignored activity {ActivityId} ({ActivityType}) from tenant {TenantId} that is not allowed",
            LogValue.Safe(turn.Activity.Id), LogValue.Safe(turn.Activity.Type), LogValue.Safe(tenant));
        if (turn.Activity.Type == ActivityTypes.Invoke) turn.InvokeResponse = new InvokeResponse(200, null);
        return Task.CompletedTask;
    }
}
