using CasuistiekBot.Cases;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Sessions;

/// <summary>
/// A discussed casus is finished when its last action point is done and none of its signals is still open; then it
/// moves to afgerond and the author hears so. Call it in the same unit of work as the change that may finish it
/// (an action point marked done, an outcome without follow-up, a signal closed).
/// </summary>
internal sealed class CasusCompletion(SessionNotifier notifier)
{
    public async Task<bool> TryCompleteAsync(CasuistiekDbContext db, Casus casus, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (casus.Status != CasusStatus.Discussed) return false;
        var points = await SessionQueries.ActionPointsAsync(db, casus.Id, cancellationToken);
        var signals = await SignalQueries.OfCasusAsync(db, casus.Id, cancellationToken);
        if (points.Any(p => p.Status != ActionPointStatus.Done) || signals.Any(s => SignalStatus.IsOpen(s.Status))) return false;

        var moved = casus.Close(now);
        if (!moved.Succeeded) return false;
        Audit.Casus(db, now, actor, casus, "casus-afgerond", $"{points.Count} actiepunt(en) afgerond, {signals.Count} signaal/signalen afgesloten");
        await notifier.TellAuthorClosedAsync(db, casus, null, cancellationToken);
        return true;
    }
}
