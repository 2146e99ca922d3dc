using System.Globalization;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Triage;

/// <summary>
/// Once per working day, after the configured time: every casus past its triage deadline gets its card refreshed (so
/// the overdue flag shows) and the channel gets one list of them. The outbox keys carry the date, so however many
/// instances run this, each message is sent once.
/// </summary>
internal sealed class OverdueTriageReminder(
    IDbContextFactory<CasuistiekDbContext> databases,
    TriagePublisher publisher,
    IOutbox outbox,
    WorkingDayCalendar calendar,
    IOptions<TriageReminderOptions> options,
    Texts texts,
    TimeProvider clock,
    ILogger<OverdueTriageReminder> logger,
    ChannelLanguage channelLanguage) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The overdue triage reminder failed; it tries again at the next check");
            }
            await Task.Delay(options.Value.CheckInterval, clock, stoppingToken);
        }
    }

    /// <returns>The number of overdue cases reminded about (0 when it is not yet time, or nothing is overdue).</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = calendar.LocalDate(now);
        var localTime = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        if (!calendar.IsWorkingDay(today) || localTime < options.Value.ReminderTime) return 0;

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (channel is null) return 0;
        var overdue = (await CasusQueries.AwaitingTriage(db).AsNoTracking()
                .Where(c => !db.Set<TriageDecision>().Any(d => d.CasusId == c.Id))
                .ToListAsync(cancellationToken))
            .Where(c => c.TriageDueAt < now).OrderBy(c => c.TriageDueAt).ToList();
        if (overdue.Count == 0) return 0;

        foreach (var casus in overdue)
        {
            var questions = await db.Set<CasusQuestion>().AsNoTracking().Where(q => q.CasusId == casus.Id).OrderBy(q => q.Id).ToListAsync(cancellationToken);
            await publisher.PublishAsync(db, casus, null, questions, cancellationToken, refreshKey: "overdue-" + Day(today));
        }
        var lines = overdue.Select(c => texts.Get(LocalizationTextKeys.TriageOverdueLine, channelLanguage.Value, c.Reference, Day(calendar.LocalDate(c.TriageDueAt))));
        var text = texts.Get(LocalizationTextKeys.TriageOverdueDigest, channelLanguage.Value, overdue.Count) + "\n\n" + string.Join("\n", lines);
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation($"triage-overdue:{channel.ConversationId}:{Day(today)}",
            channel.ChannelId, channel.ConversationId, MessageFactory.Text(text)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reminded the coordinators of {Count} overdue cases", overdue.Count);
        return overdue.Count;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
