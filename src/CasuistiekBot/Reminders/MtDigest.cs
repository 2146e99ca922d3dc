using CasuistiekBot.Calendar;
using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Reminders;

/// <summary>
/// The weekly digest per management team: from the configured day and time on (moved to the next working day when
/// that day is a holiday), each member (directory role mt-lid or dg with that MT, and every DG with the MT in their dgOf) gets one card with the MT's open
/// signals. The outbox key carries the week, so each member gets it once, however many instances run this.
/// </summary>
internal sealed class MtDigest(
    IDbContextFactory<CasuistiekDbContext> databases,
    SignalOverview overview,
    SignalOverviewCards cards,
    SignalPeople people,
    IOutbox outbox,
    WorkingDayCalendar calendar,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<MtDigest> logger)
{
    /// <returns>The number of digests queued in this pass.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || ThisWeek(clock.GetUtcNow()) is not { } week) return 0;

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var members = (await PersonQueries.AllAsync(db, cancellationToken))
            .SelectMany(p => p.ManagedMts.Select(mt => (Mt: mt, Person: p)))
            .GroupBy(m => m.Mt, m => m.Person, StringComparer.OrdinalIgnoreCase).ToList();
        var queued = 0;
        foreach (var team in members)
        {
            var figures = await overview.FiguresAsync(team.Key, cancellationToken);
            if (figures.Open == 0) continue;
            foreach (var member in team)
            {
                if (await people.AddressAsync(db, member.AadObjectId, cancellationToken) is not { } address) continue;
                var card = MessageFactory.Card(cards.Digest(team.Key, figures, address.Language)) with { Summary = team.Key, Locale = address.Language };
                var message = OutboxMessage.ToPerson($"mt-digest:{team.Key}:{member.AadObjectId}:{SignalDates.Iso(week)}", address.AadObjectId, address.TenantId, address.ServiceUrl, card, address.UserId);
                if (!await outbox.EnqueueAsync(db, message, cancellationToken)) continue;
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    queued++;
                }
                catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
                {
                    db.ChangeTracker.Clear();   // another instance queued this one first
                }
            }
        }
        if (queued > 0) logger.LogInformation("Queued {Count} MT digests for the week of {Week}", queued, week);
        return queued;
    }

    public bool Enabled => options.Value.Enabled;

    /// <summary>This week's digest day once its moment has come and today is a working day, else null.</summary>
    public DateOnly? ThisWeek(DateTimeOffset now)
    {
        var settings = options.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var day = today.AddDays(-(((int)today.DayOfWeek - (int)settings.Day + 7) % 7));
        var send = day;
        while (!calendar.IsWorkingDay(send) && send.DayNumber - day.DayNumber < 6) send = send.AddDays(1);
        var moment = send.ToDateTime(settings.Time);
        // Later in the week it catches up (after downtime), but only on working days, never in the weekend.
        return local.DateTime >= moment && calendar.IsWorkingDay(today) ? day : null;
    }
}
