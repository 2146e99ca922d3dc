using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasuistiekBot.Framework.Dialogs;

// Fails the host's start when a flow names a validator, completion handler or card renderer nobody registered.
internal sealed class FlowReferenceCheck(FlowCatalog catalog, IServiceScopeFactory scopes) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var missing = catalog.FindMissingReferences(
            services.GetServices<IStepValidator>().Select(v => v.Name),
            services.GetServices<IFlowCompletionHandler>().Select(h => h.Name),
            services.GetServices<IStepCardRenderer>().Select(r => r.Name),
            services.GetServices<IStepCondition>().Select(c => c.Name));
        if (missing.Count > 0) throw new FlowDefinitionException(missing);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
