using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels;

/// <summary>
/// Reminds panel members who have not answered their invitation after <see cref="PanelsOptions.InvitationReminderAfter"/>
/// (working days), once. The outbox key is per invitation, so however many instances run this, one reminder goes out;
/// the panel card shows that it did.
/// </summary>
internal sealed class InvitationReminder(
    IDbContextFactory<CasuistiekDbContext> databases,
    InvitationSender invitations,
    PanelPublisher publisher,
    WorkingDayCalendar calendar,
    IOptions<PanelsOptions> options,
    TimeProvider clock,
    ILogger<InvitationReminder> logger) : BackgroundService
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
                logger.LogWarning(exception, "The invitation reminder failed; it tries again at the next check");
            }
            await Task.Delay(options.Value.CheckInterval, clock, stoppingToken);
        }
    }

    /// <returns>The number of reminders this run queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<PanelMember> waiting;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            waiting = await db.Set<PanelMember>().AsNoTracking()
                .Where(m => m.Status == MemberStatus.Invited && m.RemindedAt == null && m.InvitedAt != null).ToListAsync(cancellationToken);
        }
        var sent = 0;
        foreach (var member in waiting.Where(m => ReminderSchedule.DueAt(m.InvitedAt!.Value, options.Value.InvitationReminderAfter, calendar) <= now))
        {
            if (await RemindAsync(member.Id, now, cancellationToken)) sent++;
        }
        return sent;
    }

    private async Task<bool> RemindAsync(long memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var member = await db.Set<PanelMember>().FirstAsync(m => m.Id == memberId, cancellationToken);
        var panel = await db.Set<Panel>().AsNoTracking().FirstAsync(p => p.Id == member.PanelId, cancellationToken);
        var casus = await CasusLookup.GetAsync(db, panel.CasusId, cancellationToken);
        if (member.Status != MemberStatus.Invited || member.RemindedAt is not null || casus.Status != CasusStatus.Scheduled) return false;
        if (panel.SessionDate is { } day && day < calendar.LocalDate(now)) return false;

        var members = await db.Set<PanelMember>().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        member.RemindedAt = now;
        if (!await invitations.RemindAsync(db, casus, panel, member, members, cancellationToken)) return false;
        PanelAudit.Record(db, now, Audit.System, casus, "uitnodiging-herinnerd", member.Name);
        await publisher.PublishAsync(db, casus, panel, members, $"m{member.Id}-reminded", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return false;   // another instance queued this reminder first
        }
        logger.LogInformation("Reminded panel member {MemberId} of casus {Reference}", member.Id, casus.Reference);
        return true;
    }
}
