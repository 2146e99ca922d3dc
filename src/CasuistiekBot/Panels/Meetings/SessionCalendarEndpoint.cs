using System.Text;
using CasuistiekBot.Cases;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// <c>GET /calendar/{token}.ics</c>: the session's calendar file for whoever holds the link on their invitation. An
/// altered or unknown token is 404 and an expired one 410, both without a body; nothing tells which panel was meant.
/// </summary>
internal static class SessionCalendarEndpoint
{
    public static WebApplication MapSessionCalendar(this WebApplication app)
    {
        app.MapGet(CalendarLinks.RoutePrefix + "{token}.ics", async (
            string token, HttpContext http, CalendarLinks links, IDbContextFactory<CasuistiekDbContext> databases, SessionTimes times, Texts texts,
            TimeProvider clock, CancellationToken cancellationToken) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var read = links.Read(token);
            if (read.State == CalendarTokenState.Expired) return Results.StatusCode(StatusCodes.Status410Gone);
            if (read.State != CalendarTokenState.Valid) return Results.NotFound();

            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var panel = await db.Set<Panel>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == read.PanelId, cancellationToken);
            var casus = panel is null ? null : await CasusLookup.FindAsync(db, panel.CasusId, cancellationToken);
            if (panel is null || casus is null || times.Start(panel) is not { } start) return Results.NotFound();

            var file = IcsCalendar.Write(new SessionEvent(
                Uid: $"{panel.Id:N}@casuistiekbot",
                Start: start,
                End: times.End(panel)!.Value,
                Stamp: clock.GetUtcNow(),
                Sequence: panel.Version,
                Summary: texts.Get(PanelsMeetingsTextKeys.CalendarSummary, "nl", casus.Reference),
                Location: panel.Place,
                JoinUrl: panel.OnlineMeetingUrl,
                JoinLabel: texts.Get(PanelsMeetingsTextKeys.CalendarJoin, "nl"),
                Cancelled: casus.Status == CasusStatus.Withdrawn));
            http.Response.Headers.ContentDisposition = "attachment; filename=\"spreekuur.ics\"";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Text(file, "text/calendar; charset=utf-8", new UTF8Encoding(false));
        });
        return app;
    }
}
