using CasuistiekBot.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CasuistiekBot.Hosting;

/// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: its dependencies (the database) answer.</summary>
internal static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseHealthCheck.ReadyTag) });
        return app;
    }
}
