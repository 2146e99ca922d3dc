using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Storage;

/// <summary>Readiness: the database answers a trivial query within a short time.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<CasuistiekDbContext> contextFactory, IOptions<DatabaseOptions> options) : IHealthCheck
{
    public const string Name = "database";
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var timeout = options.Value.HealthCheckTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(deadline.Token);
            db.Database.SetCommandTimeout(timeout);
            await db.Database.ExecuteSqlRawAsync("SELECT 1", deadline.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = deadline.IsCancellationRequested ? $"no answer within {timeout}" : "query failed";
            return new HealthCheckResult(context.Registration.FailureStatus, $"Database {reason}", e);
        }
    }
}
