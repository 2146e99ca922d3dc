using CasuistiekBot.Cases;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Panels;

/// <summary>
/// Panel changes are audited under the subject "panel" with the casus reference, so they belong to the casus without
/// showing up in the inbrenger's own history (which lists who was invited and who declined).
/// </summary>
internal static class PanelAudit
{
    public const string SubjectType = "panel";

    public static void Record(CasuistiekDbContext db, DateTimeOffset at, string actor, Casus casus, string action, string? details = null) =>
        Audit.Record(db, at, actor, SubjectType, casus.Reference, action, details);
}
