using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>Adds audit entries to the caller's unit of work, so they commit with the change they describe.</summary>
internal static class Audit
{
    public const string System = "system";
    public const string AnonymousAuthor = "anonieme inbrenger";

    public static void Record(CasuistiekDbContext db, DateTimeOffset at, string actor, string subjectType, string subjectId, string action, string? details = null) =>
        db.Add(new AuditEntry { At = at, Actor = actor, SubjectType = subjectType, SubjectId = subjectId, Action = action, Details = details });

    public static void Casus(CasuistiekDbContext db, DateTimeOffset at, string actor, Casus casus, string action, string? details = null) =>
        Record(db, at, actor, "casus", casus.Reference, action, details);
}
