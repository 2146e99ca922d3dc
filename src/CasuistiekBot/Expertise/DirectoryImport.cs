using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Expertise;

/// <summary>
/// Imports people from CSV or JSON: invalid rows are reported with their line numbers, valid rows are added or updated
/// in one transaction, so a failing database leaves the directory as it was.
/// </summary>
internal sealed class DirectoryImport(IDbContextFactory<CasuistiekDbContext> databases, TimeProvider clock)
{
    public async Task<DirectoryImportResult> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var rows = DirectoryFileReader.Read(path);
        var now = clock.GetUtcNow();
        var invalid = new List<(int Line, string Problem)>();
        var valid = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var (person, problem) = DirectoryRowValidator.Validate(row, now);
            if (person is null) invalid.Add((row.Line, problem!));
            else if (!valid.TryAdd(person.AadObjectId, person)) invalid.Add((row.Line, "the same aadObjectId appears on an earlier line"));
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = valid.Keys.ToList();
        var existing = await db.Set<Person>().Where(p => ids.Contains(p.AadObjectId)).ToDictionaryAsync(p => p.AadObjectId, cancellationToken);
        foreach (var person in valid.Values)
        {
            if (existing.TryGetValue(person.AadObjectId, out var current)) db.Entry(current).CurrentValues.SetValues(person);
            else db.Add(person);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DirectoryImportResult(valid.Count - existing.Count, existing.Count, invalid);
    }
}

internal sealed record DirectoryImportResult(int Added, int Updated, IReadOnlyList<(int Line, string Problem)> Invalid);
