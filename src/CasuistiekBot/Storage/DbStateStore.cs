using System.Globalization;
using CasuistiekBot.Framework.State;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Storage;

/// <summary>
/// <see cref="IStateStore"/> on the database. Every write is one atomic statement: a conditional UPDATE on the
/// expected version, or an INSERT that the primary key rejects when the key already exists.
/// </summary>
internal sealed class DbStateStore(IDbContextFactory<CasuistiekDbContext> contextFactory, TimeProvider clock) : IStateStore
{
    private const int MaxUpsertAttempts = 10;

    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.ConversationStates.AsNoTracking()
            .Where(s => s.Key == key)
            .Select(s => new { s.Json, s.Version })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new StoredState(row.Json, FormatETag(row.Version));
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        // A random version, not a counter: after a delete and re-create an old ETag must not match again.
        var row = new ConversationStateRow { Key = key, Json = json, Version = Random.Shared.NextInt64(1, long.MaxValue), UpdatedAt = clock.GetUtcNow() };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var written = expectedETag switch
        {
            null => await TryInsertAsync(context, row, cancellationToken),
            "*" => await UpsertAsync(context, row, cancellationToken),
            _ => long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var expected)
                && await TryUpdateAsync(context, row, expected, cancellationToken),
        };
        return written ? FormatETag(row.Version) : throw new StateConflictException(key);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.ConversationStates.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task<bool> TryUpdateAsync(CasuistiekDbContext context, ConversationStateRow row, long? expectedVersion, CancellationToken cancellationToken)
    {
        var updated = await context.ConversationStates
            .Where(s => s.Key == row.Key && (expectedVersion == null || s.Version == expectedVersion))
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Json, row.Json)
                .SetProperty(s => s.Version, row.Version)
                .SetProperty(s => s.UpdatedAt, row.UpdatedAt), cancellationToken);
        return updated == 1;
    }

    private static async Task<bool> TryInsertAsync(CasuistiekDbContext context, ConversationStateRow row, CancellationToken cancellationToken)
    {
        context.ConversationStates.Add(row);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return false;
        }
        finally
        {
            context.ChangeTracker.Clear();
        }
    }

    /// <summary>Update if present, else insert; a concurrent insert or delete in between just means another round.</summary>
    private static async Task<bool> UpsertAsync(CasuistiekDbContext context, ConversationStateRow row, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxUpsertAttempts; attempt++)
        {
            if (await TryUpdateAsync(context, row, expectedVersion: null, cancellationToken)) return true;
            if (await TryInsertAsync(context, row, cancellationToken)) return true;
        }
        return false;
    }

    private static string FormatETag(long version) => version.ToString(CultureInfo.InvariantCulture);
}
