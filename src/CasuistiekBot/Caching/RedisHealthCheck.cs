using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CasuistiekBot.Caching;

/// <summary>Readiness: Redis answers a PING within a short time.</summary>
internal sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var timeout = connection.Options.HealthCheckTimeout;
        try
        {
            var database = await connection.DatabaseAsync(cancellationToken);
            await database.PingAsync().WaitAsync(timeout, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = e is TimeoutException ? $"no answer within {timeout}" : "unreachable";
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis {reason}", e);
        }
    }
}
