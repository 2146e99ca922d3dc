using CasuistiekBot.Threads;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// GET /dashboard/trends[?per=quarter]: the rode draden page. Coordinators and signal keepers count the whole register;
/// an MT member or DG only the signals of their MTs (no cases); anyone else is refused like on the other dashboard pages.
/// </summary>
internal static class TrendsEndpoint
{
    public static WebApplication MapTrends(this WebApplication app)
    {
        app.MapGet("/dashboard/trends", (HttpContext context, ThreadTrends trends, TrendsPage page, CancellationToken cancellationToken) =>
            DashboardEndpoints.WithAccessAsync(context, async (language, scope) =>
            {
                var quarters = string.Equals(context.Request.Query["per"], "quarter", StringComparison.OrdinalIgnoreCase);
                return DashboardEndpoints.Html(context, 200, page.Render(await trends.ComputeAsync(quarters, language, scope, cancellationToken), quarters, language));
            }, cancellationToken, keepersSeeAll: true));
        return app;
    }
}
