using System.Security.Cryptography;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// GET /dashboard (overview), /dashboard/signals/{reference} (one signal and its history), /dashboard/configure (the
/// channel tab's configuration page) and /dashboard/teams.js (the Teams JavaScript SDK, bundled at build time).
/// </summary>
internal static class DashboardEndpoints
{
    // Teams shows tabs in frames on these hosts; nobody else may frame the dashboard.
    private const string FrameAncestors = "https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.office.com https://*.cloud.microsoft";

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapGet("/dashboard", (HttpContext context, DashboardQueries queries, OverviewPage page, CancellationToken cancellationToken) =>
            WithAccessAsync(context, async (language, scope) => Html(context, 200, page.Render(await queries.OverviewAsync(language, scope, cancellationToken), language)), cancellationToken));

        app.MapGet("/dashboard/signals/{reference}", (string reference, HttpContext context, SignalHistory history, SignalPage page, ShellPages shell, CancellationToken cancellationToken) =>
            WithAccessAsync(context, async (language, scope) => await history.FindAsync(reference, scope, cancellationToken) is { } found
                ? Html(context, 200, page.Render(found, language))
                : Html(context, 404, shell.Message(language, DashboardTextKeys.DashboardNotFound)), cancellationToken));

        app.MapGet("/dashboard/configure", (HttpContext context, ShellPages shell) =>
        {
            var nonce = Nonce();
            return Html(context, 200, shell.Configure(DashboardLanguage.From(context.Request), nonce), nonce);
        });

        app.MapGet("/dashboard/teams.js", (HttpContext context) =>
        {
            // A script must never be sniffed into something else, nor tell a CDN or proxy which page asked for it.
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            return File.Exists(TeamsJsPath) ? Results.File(TeamsJsPath, "text/javascript; charset=utf-8") : Results.NotFound();
        });
        app.MapTrends();
        return app;
    }

    /// <summary>The Teams JavaScript SDK as copied next to the binaries by the build (see CasuistiekBot.csproj).</summary>
    public static string TeamsJsPath => Path.Combine(AppContext.BaseDirectory, "dashboard", "teams.js");

    /// <summary>Runs the granted part for a coordinator or MT member with their language and scope; anyone else gets the sign-in page or a refusal.</summary>
    internal static async Task<IResult> WithAccessAsync(HttpContext context, Func<string, SignalScope, Task<IResult>> granted, CancellationToken cancellationToken, bool keepersSeeAll = false)
    {
        var language = DashboardLanguage.From(context.Request);
        var gate = context.RequestServices.GetRequiredService<DashboardGate>();
        var shell = context.RequestServices.GetRequiredService<ShellPages>();
        var grant = await gate.CheckAsync(context, cancellationToken, keepersSeeAll);
        switch (grant.Access)
        {
            case DashboardAccess.Granted:
                return await granted(language, grant.Scope);
            case DashboardAccess.SignInNeeded:
                var nonce = Nonce();
                return Html(context, 200, shell.SignIn(language, nonce), nonce);
            case DashboardAccess.Forbidden:
                return Html(context, 403, shell.Message(language, DashboardTextKeys.DashboardForbidden));
            default:
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Html(context, 401, shell.Message(language, DashboardTextKeys.DashboardUnauthenticated));
        }
    }

    /// <summary>A dashboard page with its security headers (no script unless a nonce is given, no caching, no framing outside Teams).</summary>
    internal static IResult Html(HttpContext context, int status, string html, string? nonce = null)
    {
        var headers = context.Response.Headers;
        var scripts = nonce is null ? "'none'" : $"'self' 'nonce-{nonce}'";
        headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src {scripts}; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self' {FrameAncestors}";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.Vary = "Authorization, Accept-Language";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static string Nonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
}
