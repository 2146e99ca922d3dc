using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Expertise;

/// <summary>
/// Imports people from CSV or JSON, all or nothing: every problem in the file is reported with its line, and only a
/// file without any is written, in one transaction, so neither a bad row nor a failing database leaves the directory
/// half-updated.
/// </summary>
internal sealed class DirectoryImport(IDbContextFactory<CasuistiekDbContext> databases, TimeProvider clock)
{
    public async Task<DirectoryImportResult> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var file = DirectoryFileReader.Read(path);
        var now = clock.GetUtcNow();
        var problems = new List<DirectoryProblem>(file.Problems);
        var valid = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in file.Rows)
        {
            var (person, problem) = DirectoryRowValidator.Validate(row, now);
            if (person is null) problems.Add(new DirectoryProblem(row.Line, problem!));
            else if (!valid.TryAdd(person.AadObjectId, person)) problems.Add(new DirectoryProblem(row.Line, "the same aadObjectId appears on an earlier line"));
        }
        if (problems.Count > 0) return new DirectoryImportResult(0, 0, [.. problems.OrderBy(p => p.Line)]);

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
        return new DirectoryImportResult(valid.Count - existing.Count, existing.Count, []);
    }
}

/// <summary>What an import did: people added and updated, or (and then nothing was written) the problems found.</summary>
internal sealed record DirectoryImportResult(int Added, int Updated, IReadOnlyList<DirectoryProblem> Invalid);
