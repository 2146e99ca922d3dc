using System.Globalization;
using CasuistiekBot.Calendar;
using CasuistiekBot.Dashboard;
using CasuistiekBot.Localization;
using static System.Net.WebUtility;

namespace CasuistiekBot.Reporting;

/// <summary>
/// GET /dashboard/stand?year=2026: the Stand van de Uitvoering behind the dashboard's gate. Coordinators see all of it;
/// an MT member the signals of their MT and the anonymous figures, without the dilemmas. The page prints on A4.
/// </summary>
internal static class StandEndpoints
{
    public static WebApplication MapStandReport(this WebApplication app)
    {
        app.MapGet("/dashboard/stand", (HttpContext context, StandReportBuilder builder, StandHtml html, ShellPages shell, Texts texts, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
            DashboardEndpoints.WithAccessAsync(context, async (language, scope) =>
            {
                var asked = context.Request.Query["year"].ToString();
                var year = calendar.LocalYear(clock.GetUtcNow());
                if (asked.Length > 0 && !(int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out year) && StandRenderer.IsYear(year)))
                {
                    return DashboardEndpoints.Html(context, 400, shell.Message(language, ReportingTextKeys.StandDashboardBadYear));
                }
                var report = await builder.BuildAsync(year, scope, cancellationToken);
                var navigation = $"<nav><a data-nav href=\"/dashboard?lang={language}\">{HtmlEncode(texts.Get(ReportingTextKeys.StandDashboardBack, language))}</a>"
                    + $" · <a data-nav href=\"/dashboard/stand?year={year - 1}&amp;lang={language}\">{year - 1}</a></nav>"
                    + $"<p class=\"muted\">{HtmlEncode(texts.Get(ReportingTextKeys.StandDashboardPrint, language))}</p>";
                return DashboardEndpoints.Html(context, 200, html.Render(report, language, navigation));
            }, cancellationToken));
        return app;
    }
}
