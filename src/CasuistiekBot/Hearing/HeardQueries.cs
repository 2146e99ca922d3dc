using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Hearing;

/// <summary>The figures of "Voelde je je gehoord?" for the dashboard and the report; anonymous by construction.</summary>
internal static class HeardQueries
{
    /// <summary>The inbrengers' figures and the panel members' figures for answers given in <paramref name="year"/>.</summary>
    public static async Task<(HeardFigures Authors, HeardFigures Panel)> OfYearAsync(CasuistiekDbContext db, int year, CancellationToken cancellationToken)
    {
        var answers = await db.Set<HeardAnswer>().AsNoTracking().Where(a => a.Year == year).ToListAsync(cancellationToken);
        return (HeardFigures.Of(HeardRoles.Author, [.. answers.Where(a => a.Role == HeardRoles.Author)]),
            HeardFigures.Of(HeardRoles.Panel, [.. answers.Where(a => a.Role == HeardRoles.Panel)]));
    }
}
