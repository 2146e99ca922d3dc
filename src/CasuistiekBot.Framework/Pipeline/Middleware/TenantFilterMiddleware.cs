using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>Acknowledges and ignores activities from tenants that are not allowed.</summary>
public sealed class TenantFilterMiddleware(IOptions<TenantFilterOptions> options, ILogger<TenantFilterMiddleware> logger) : ITurnMiddleware
{
    private readonly HashSet<string> _allowed = new(options.Value.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)), StringComparer.OrdinalIgnoreCase);

    public Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (_allowed.Count == 0) return next(cancellationToken);

        var tenant = turn.Activity.GetTenantId();
        if (tenant is not null && _allowed.Contains(tenant)) return next(cancellationToken);

        logger.LogWarning("Ignored activity {ActivityId} ({ActivityType}) from tenant {TenantId} that is not allowed",
            turn.Activity.Id, turn.Activity.Type, tenant ?? "(none)");
        if (turn.Activity.Type == ActivityTypes.Invoke) turn.InvokeResponse = new InvokeResponse(200, null);
        return Task.CompletedTask;
    }
}
