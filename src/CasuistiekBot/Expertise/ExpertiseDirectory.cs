using System.Globalization;
using System.Text;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Expertise;

/// <summary>Look-ups in the expertise directory: by object id, by role, and by name (case and diacritics do not matter).</summary>
internal sealed class ExpertiseDirectory(IDbContextFactory<CasuistiekDbContext> databases)
{
    public async Task<Person?> FindAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.AadObjectId == aadObjectId.ToLowerInvariant(), cancellationToken);
    }

    public async Task<IReadOnlyList<Person>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<Person>().AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Person>> WithRoleAsync(string role, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Where(p => p.Has(role)).ToList();

    /// <summary>People whose name, e-mail or object id contains the query.</summary>
    public async Task<IReadOnlyList<Person>> SearchAsync(string query, CancellationToken cancellationToken)
    {
        var wanted = Fold(query);
        if (wanted.Length == 0) return [];
        return (await AllAsync(cancellationToken))
            .Where(p => Fold(p.Name).Contains(wanted, StringComparison.Ordinal) || Fold(p.Email).Contains(wanted, StringComparison.Ordinal) || p.AadObjectId == wanted)
            .ToList();
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
