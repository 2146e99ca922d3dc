using CasuistiekBot.Cases;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// One signal with its audit trail (subject "signaal", the signal's reference), oldest first. Who acted is left out:
/// the dashboard shows what happened and when, never people's identities from the audit. A signal outside the viewer's
/// scope is not found, so its existence is not given away either.
/// </summary>
internal sealed class SignalHistory(IDbContextFactory<CasuistiekDbContext> databases)
{
    public const string SubjectType = "signaal";

    public sealed record Entry(DateTimeOffset At, string Action, string? Details);

    public sealed record Result(Signal Signal, string? SourceCasusReference, IReadOnlyList<Entry> Entries);

    public async Task<Result?> FindAsync(string reference, SignalScope scope, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var signal = await db.Set<Signal>().AsNoTracking().FirstOrDefaultAsync(s => s.Reference == reference, cancellationToken);
        if (signal is null || !scope.Covers(signal)) return null;
        var source = signal.SourceCasusId is { } casusId
            ? await db.Set<Casus>().Where(c => c.Id == casusId).Select(c => c.Reference).FirstOrDefaultAsync(cancellationToken)
            : null;
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == SubjectType && a.SubjectId == signal.Reference)
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new Entry(a.At, a.Action, a.Details))
            .ToListAsync(cancellationToken);
        return new Result(signal, source, entries);
    }
}
