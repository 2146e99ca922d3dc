using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals.Intake;

/// <summary>
/// When a signal closes, its reporter (when it was reported directly) and the reporters of the signals merged into it
/// hear what was done, in the same unit of work as the close.
/// </summary>
internal sealed class ReporterFeedback(ReporterMessages reporters) : ISignalClosedListener
{
    public async Task OnClosedAsync(CasuistiekDbContext db, Signal signal, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (signal.Status != SignalStatus.Closed) return;
        if (signal.ReporterRoute is not null) await reporters.ClosedAsync(db, signal, signal, cancellationToken);
        var merged = await db.Set<Signal>().AsNoTracking()
            .Where(s => s.MergedIntoId == signal.Id && s.ReporterRoute != null).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        foreach (var reported in merged) await reporters.ClosedAsync(db, reported, signal, cancellationToken);
    }
}
