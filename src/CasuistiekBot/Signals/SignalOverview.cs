using CasuistiekBot.Calendar;
using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// Figures over the signal register, or one MT's part of it: open signals by status and owner, the oldest and the
/// overdue ones, the average lead time of closed ones in working days, and how many authors heard the outcome; the
/// open signals per directorate (the owner's MT) are always counted over the whole register.
/// </summary>
internal sealed class SignalOverview(IDbContextFactory<CasuistiekDbContext> databases, IOutbox outbox, WorkingDayCalendar calendar, TimeProvider clock)
{
    public async Task<SignalFigures> FiguresAsync(string? mt, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var signals = await db.Set<Signal>().AsNoTracking().Where(s => mt == null || s.OwnerMt == mt).ToListAsync(cancellationToken);
        var openMts = mt is null ? signals.Where(s => SignalStatus.IsOpen(s.Status)).Select(s => s.OwnerMt).ToList()
            : await db.Set<Signal>().AsNoTracking().Where(s => s.Status == SignalStatus.New || s.Status == SignalStatus.PickedUp || s.Status == SignalStatus.InProgress || s.Status == SignalStatus.Transferring).Select(s => s.OwnerMt).ToListAsync(cancellationToken);
        var keys = signals.Where(s => s.Status == SignalStatus.Closed && s.SourceCasusId is not null)
            .Select(s => SignalFeedback.ClosedOutboxKey(s.SourceCasusId!.Value, s.Id)).ToList();
        var delivered = (await outbox.DeliveredAsync(db, keys, cancellationToken)).Count;
        return Compute(signals, openMts, delivered, keys.Count);
    }

    public async Task<HashSet<Guid>> InformedAsync(CasuistiekDbContext db, IEnumerable<Signal> signals, CancellationToken cancellationToken)
    {
        var byKey = signals.Where(s => s.SourceCasusId is not null).ToDictionary(s => SignalFeedback.ClosedOutboxKey(s.SourceCasusId!.Value, s.Id), s => s.Id);
        var sent = await outbox.DeliveredAsync(db, byKey.Keys, cancellationToken);
        return sent.Select(k => byKey[k]).ToHashSet();
    }

    public int LeadTimeWorkingDays(Signal signal) =>
        calendar.WorkingDaysBetween(calendar.LocalDate(signal.CreatedAt), calendar.LocalDate(signal.ClosedAt ?? clock.GetUtcNow()));

    /// <param name="openMts">The MT of every open signal in the register, so each MT sees where it stands beside the others.</param>
    private SignalFigures Compute(List<Signal> signals, List<string?> openMts, int informed, int closedWithAuthor)
    {
        var today = calendar.LocalDate(clock.GetUtcNow());
        var open = signals.Where(s => SignalStatus.IsOpen(s.Status)).OrderBy(s => s.CreatedAt).ToList();
        var closed = signals.Where(s => s.Status == SignalStatus.Closed).ToList();
        static List<(string, int)> Count(IEnumerable<string> keys) =>
            keys.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();
        return new SignalFigures(
            open.Count,
            Count(open.Select(s => s.Status)),
            Count(open.Select(s => s.OwnerName)),
            Count(openMts.Select(mt => mt ?? "—")),
            open.FirstOrDefault(),
            open.Where(s => s.DueDate < today).OrderBy(s => s.DueDate).ToList(),
            closed.Count,
            closed.Count == 0 ? null : closed.Average(LeadTimeWorkingDays),
            closedWithAuthor,
            informed);
    }
}
