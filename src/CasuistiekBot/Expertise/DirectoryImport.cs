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
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in file.Rows)
        {
            var (person, problem) = DirectoryRowValidator.Validate(row, now);
            if (person is null) problems.Add(new DirectoryProblem(row.Line, problem!));
            else if (!valid.TryAdd(person.AadObjectId, person)) problems.Add(new DirectoryProblem(row.Line, "the same aadObjectId appears on an earlier line"));
            else lines[person.AadObjectId] = row.Line;
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        problems.AddRange(await UnknownMtsAsync(db, valid, lines, file.Rows.Select(r => r.Get("mt")).OfType<string>(), cancellationToken));
        if (problems.Count > 0) return new DirectoryImportResult(0, 0, [.. problems.OrderBy(p => p.Line)]);

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

    /// <summary>
    /// Every MT in a DG's dgOf must be an MT someone in the directory belongs to (their <c>mt</c>), as it will be after
    /// this import: the file's rows (a row with another problem still names its MT) and the people already in the directory
    /// that the file does not replace.
    /// </summary>
    private static async Task<IEnumerable<DirectoryProblem>> UnknownMtsAsync(
        CasuistiekDbContext db, Dictionary<string, Person> valid, Dictionary<string, int> lines, IEnumerable<string> fileMts, CancellationToken cancellationToken)
    {
        if (!valid.Values.Any(p => p.DgOf.Length > 0)) return [];
        var kept = await db.Set<Person>().AsNoTracking().Where(p => p.Mt != null).Select(p => new { p.AadObjectId, p.Mt }).ToListAsync(cancellationToken);
        var mts = kept.Where(p => !valid.ContainsKey(p.AadObjectId)).Select(p => p.Mt!)
            .Concat(fileMts)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Written as the directory spells the MT, so a DG's MTs match the signals' MTs exactly.
        foreach (var dg in valid.Values.Where(p => p.DgOf.Length > 0))
        {
            dg.DgOf = string.Join('|', dg.DgOfList.Select(mt => mts.TryGetValue(mt, out var spelled) ? spelled : mt).Distinct(StringComparer.Ordinal));
        }
        return [.. valid.Values.SelectMany(p => p.DgOfList.Where(mt => !mts.Contains(mt))
            .Select(mt => new DirectoryProblem(lines[p.AadObjectId], $"dgOf names the MT \"{Shorten(mt)}\", which no one in the directory belongs to (mt)")))];
    }

    // A problem quotes the MT so it can be found, but not a whole hostile value.
    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}

/// <summary>What an import did: people added and updated, or (and then nothing was written) the problems found.</summary>
internal sealed record DirectoryImportResult(int Added, int Updated, IReadOnlyList<DirectoryProblem> Invalid);
