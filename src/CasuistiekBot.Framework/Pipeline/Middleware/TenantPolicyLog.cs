using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>Says at start which tenants are served; resolving the policy here also stops a start that has none.</summary>
internal sealed class TenantPolicyLog(TenantPolicy policy, ILogger<TenantPolicy> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (policy.ServesEveryTenant) logger.LogWarning("{TenantPolicy}", policy.Description);
        else logger.LogInformation("{TenantPolicy}", policy.Description);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
