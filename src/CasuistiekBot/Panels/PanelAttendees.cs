using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>Who sat on the panel of a casus: the members who said yes, for those who follow up on the session.</summary>
internal static class PanelAttendees
{
    public static async Task<IReadOnlyList<(string AadObjectId, string Name)>> OfCasusAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken)
    {
        var panels = db.Set<Panel>().Where(p => p.CasusId == casusId).Select(p => p.Id);
        var members = await db.Set<PanelMember>().AsNoTracking()
            .Where(m => panels.Contains(m.PanelId) && m.Status == MemberStatus.Accepted)
            .Select(m => new { m.AadObjectId, m.Name }).ToListAsync(cancellationToken);
        return [.. members.DistinctBy(m => m.AadObjectId.ToLowerInvariant()).Select(m => (m.AadObjectId, m.Name))];
    }

    /// <summary>Whether <paramref name="aadObjectId"/> sat on the panel of the casus.</summary>
    public static async Task<bool> SatOnAsync(CasuistiekDbContext db, Guid casusId, string aadObjectId, CancellationToken cancellationToken) =>
        (await OfCasusAsync(db, casusId, cancellationToken)).Any(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
}
