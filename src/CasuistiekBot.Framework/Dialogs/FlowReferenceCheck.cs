using Microsoft.Extensions.Hosting;

namespace CasuistiekBot.Framework.Dialogs;

// Fails the host's start when a flow names a validator, completion handler, card renderer or condition nobody
// registered. It reads the same index the engine looks components up in.
internal sealed class FlowReferenceCheck(FlowCatalog catalog, FlowComponents components) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = components.FindProblems(catalog);
        if (problems.Count > 0) throw new FlowDefinitionException(problems);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
