using System.Globalization;
using CasuistiekBot.Framework.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Storage;

/// <summary>
/// <see cref="IStateStore"/> on the database. Every write is one atomic statement: a conditional UPDATE on the
/// expected version, or an INSERT that the primary key rejects when the key already exists.
/// </summary>
/// <remarks>
/// Every turn reads and writes state, so the read is a compiled query and the update and delete are plain SQL: LINQ
/// translation (above all of ExecuteUpdate) cost more CPU per turn than the database work itself. On SQLite, where the
/// bot runs as one instance, reads are answered from what this process last read or wrote (<see cref="KeptStates"/>).
/// </remarks>
internal sealed class DbStateStore(IDbContextFactory<CasuistiekDbContext> contextFactory, TimeProvider clock, IOptions<DatabaseOptions> options) : IStateStore
{
    private readonly KeptStates? _kept = options.Value.Provider == DatabaseProvider.Sqlite ? new KeptStates() : null;

    private const int MaxUpsertAttempts = 10;

    // Per instance: a compiled query belongs to one model, and an instance (its container) to one database provider.
    private readonly Func<CasuistiekDbContext, string, CancellationToken, Task<VersionedJson?>> _read =
        EF.CompileAsyncQuery((CasuistiekDbContext db, string key, CancellationToken _) =>
            db.ConversationStates.AsNoTracking().Where(s => s.Key == key).Select(s => new VersionedJson(s.Json, s.Version)).FirstOrDefault());

    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (_kept is not null && _kept.TryGet(key, out var kept)) return kept;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await _read(context, key, cancellationToken);
        var state = row is null ? null : new StoredState(row.Json, FormatETag(row.Version));
        _kept?.Read(key, state);
        return state;
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        // A random version, not a counter: after a delete and re-create an old ETag must not match again. The key names a
        // person's conversation, so the time is kept to the day (CoarseTime).
        var row = new ConversationStateRow
        {
            Key = key, Json = json, Version = Random.Shared.NextInt64(1, long.MaxValue), UpdatedAt = CoarseTime.Day(clock.GetUtcNow()),
        };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var written = expectedETag switch
        {
            null => await TryInsertAsync(context, row, cancellationToken),
            "*" => await UpsertAsync(context, row, cancellationToken),
            _ => long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var expected)
                && await TryUpdateAsync(context, row, expected, cancellationToken),
        };
        if (!written)
        {
            _kept?.Forget(key);
            throw new StateConflictException(key);
        }
        var etag = FormatETag(row.Version);
        // After an unconditional write another one may have landed in between: the next read asks the database.
        if (expectedETag == "*") _kept?.Forget(key);
        else _kept?.Written(key, new StoredState(json, etag));
        return etag;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        _kept?.Forget(key);
        await context.Database.ExecuteSqlAsync($"DELETE FROM conversation_states WHERE \"key\" = {key}", cancellationToken);
        _kept?.Forget(key);
    }

    private static async Task<bool> TryUpdateAsync(CasuistiekDbContext context, ConversationStateRow row, long? expectedVersion, CancellationToken cancellationToken)
    {
        // The value converters do not apply to raw SQL: SQLite keeps UTC ticks, PostgreSQL a timestamptz.
        object updatedAt = context.Database.IsSqlite() ? row.UpdatedAt.UtcTicks : row.UpdatedAt.ToUniversalTime();
        var updated = expectedVersion is { } expected
            ? await context.Database.ExecuteSqlAsync(
                $"UPDATE conversation_states SET json = {row.Json}, version = {row.Version}, updated_at = {updatedAt} WHERE \"key\" = {row.Key} AND version = {expected}",
                cancellationToken)
            : await context.Database.ExecuteSqlAsync(
                $"UPDATE conversation_states SET json = {row.Json}, version = {row.Version}, updated_at = {updatedAt} WHERE \"key\" = {row.Key}",
                cancellationToken);
        return updated == 1;
    }

    private sealed record VersionedJson(string Json, long Version);

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
