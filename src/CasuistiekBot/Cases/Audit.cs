using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>Adds audit entries to the caller's unit of work, so they commit with the change they describe.</summary>
internal static class Audit
{
    public const string System = "system";
    public const string AnonymousAuthor = "anonieme inbrenger";

    /// <summary>The author, whatever the visibility, where naming them would undo an erasure.</summary>
    public const string Author = "inbrenger";

    /// <summary>Stands in for a person once a casus is erased.</summary>
    public const string ErasedActor = "gewist";

    public static void Record(CasuistiekDbContext db, DateTimeOffset at, string actor, string subjectType, string subjectId, string action, string? details = null) =>
        db.Add(new AuditEntry { At = at, Actor = actor, SubjectType = subjectType, SubjectId = subjectId, Action = action, Details = details });

    public static void Casus(CasuistiekDbContext db, DateTimeOffset at, string actor, Casus casus, string action, string? details = null) =>
        Record(db, at, actor, "casus", casus.Reference, action, details);

    /// <summary>
    /// Keeps what happened to a casus (and its panel) and when, without who did it or the free text written with it:
    /// every entry whose subject is the casus' reference loses its details, and every person becomes <see cref="ErasedActor"/>.
    /// </summary>
    public static Task<int> EraseAsync(CasuistiekDbContext db, string reference, CancellationToken cancellationToken) =>
        db.Set<AuditEntry>().Where(a => a.SubjectId == reference)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Details, (string?)null)
                .SetProperty(a => a.Actor, a => a.Actor == System || a.Actor == AnonymousAuthor || a.Actor == Author ? a.Actor : ErasedActor),
                cancellationToken);
}
