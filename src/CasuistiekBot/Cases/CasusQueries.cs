using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>
/// The cases in a stage of their lifecycle, as queries another slice narrows with its own tables (no triage decision
/// yet, no outcome yet) in the caller's unit of work. Tracked: a caller that only reads adds AsNoTracking.
/// </summary>
internal static class CasusQueries
{
    public static IQueryable<Casus> InStatus(CasuistiekDbContext db, string status) =>
        db.Set<Casus>().Where(c => c.Status == status);

    /// <summary>Submitted cases the coordinators have not decided on: new, or with questions to the author open.</summary>
    public static IQueryable<Casus> AwaitingTriage(CasuistiekDbContext db) =>
        db.Set<Casus>().Where(c => c.Status == CasusStatus.Submitted || c.Status == CasusStatus.InTriage);
}
