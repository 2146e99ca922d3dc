using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Delivery;

internal sealed class DbDeadLetters(IDbContextFactory<CasuistiekDbContext> contextFactory) : IDeadLetters
{
    public async Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Dead)
            .OrderByDescending(m => m.UpdatedAt).ThenByDescending(m => m.Id)
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(DeadLetter.From);
    }
}
