using CasuistiekBot.Threads;

namespace CasuistiekBot.Dashboard;

/// <summary>GET /dashboard/trends[?per=quarter]: the rode draden page, for whoever may see the dashboard.</summary>
internal static class TrendsEndpoint
{
    public static WebApplication MapTrends(this WebApplication app)
    {
        app.MapGet("/dashboard/trends", (HttpContext context, ThreadTrends trends, TrendsPage page, CancellationToken cancellationToken) =>
            DashboardEndpoints.WithAccessAsync(context, async (language, _) =>
            {
                var quarters = string.Equals(context.Request.Query["per"], "quarter", StringComparison.OrdinalIgnoreCase);
                return DashboardEndpoints.Html(context, 200, page.Render(await trends.ComputeAsync(quarters, language, cancellationToken), quarters, language));
            }, cancellationToken));
        return app;
    }
}
