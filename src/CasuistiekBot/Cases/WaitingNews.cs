using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>
/// Whether any message to an author is waiting to be offered again, so that a person's every message need not search
/// their cases for it. Nearly always nothing is waiting: once the database says so, the answer holds for half a minute,
/// or until this instance marks a message undelivered. Another instance's mark is seen within that half minute.
/// </summary>
internal sealed class WaitingNews(IDbContextFactory<CasuistiekDbContext> databases, TimeProvider clock)
{
    private static readonly TimeSpan NoneHoldsFor = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private long _marks;
    private DateTimeOffset _noneUntil;

    /// <summary>A message was just marked undelivered here: look again on the next message.</summary>
    public void Marked()
    {
        lock (_gate) (_marks, _noneUntil) = (_marks + 1, default);
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        long marks;
        lock (_gate)
        {
            if (now < _noneUntil) return false;
            marks = _marks;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var any = await db.Set<CasusNews>().AnyAsync(n => n.Undelivered, cancellationToken);
        // A mark made while the database was asked keeps the next message looking.
        if (!any) lock (_gate) if (_marks == marks) _noneUntil = now + NoneHoldsFor;
        return any;
    }
}
