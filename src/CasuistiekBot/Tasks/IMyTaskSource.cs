using CasuistiekBot.Storage;

namespace CasuistiekBot.Tasks;

/// <summary>One kind of open task a person can have (invitations, action points, signals); "mijn taken" asks every kind.</summary>
internal interface IMyTaskSource
{
    /// <summary>Where this kind stands in "mijn taken": what needs an answer soonest first.</summary>
    int Order { get; }

    /// <summary>The prefix of this kind's texts: "{prefix}.section" and "{prefix}.sectionNone" at least.</summary>
    string TextPrefix { get; }

    /// <summary>Whether this kind belongs in this person's list at all: a role's kind (a keeper's) is left out, not shown empty, for others.</summary>
    Task<bool> ConcernsAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>Only this person's own open tasks of this kind, in the order the list shows them.</summary>
    Task<IReadOnlyList<MyTask>> OpenAsync(CasuistiekDbContext db, string aadObjectId, string language, CancellationToken cancellationToken);
}
