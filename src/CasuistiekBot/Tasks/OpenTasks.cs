using CasuistiekBot.Storage;

namespace CasuistiekBot.Tasks;

/// <summary>
/// Every kind of task a person can have, in the order lists show them, and what is open of each for one person. Kinds
/// are named by their text prefix, which is also how cards ask for a part of the list.
/// </summary>
internal sealed class OpenTasks(IEnumerable<IMyTaskSource> sources)
{
    private readonly IReadOnlyList<IMyTaskSource> _ordered = [.. sources.OrderBy(s => s.Order)];

    public IReadOnlyList<IMyTaskSource> All => _ordered;

    /// <summary>The kinds named (unknown names are ignored), or every kind when none is named.</summary>
    public IReadOnlyList<IMyTaskSource> Only(IReadOnlyCollection<string> kinds) =>
        kinds.Count == 0 ? _ordered : [.. _ordered.Where(s => kinds.Contains(s.TextPrefix, StringComparer.Ordinal))];

    public async Task<IReadOnlyList<MyTaskSection>> ReadAsync(
        CasuistiekDbContext db, string? aadObjectId, string language, IEnumerable<IMyTaskSource> kinds, CancellationToken cancellationToken)
    {
        var sections = new List<MyTaskSection>();
        foreach (var source in kinds.OrderBy(s => s.Order))
        {
            if (aadObjectId is not null && !await source.ConcernsAsync(aadObjectId, cancellationToken)) continue;
            sections.Add(new MyTaskSection(source.TextPrefix,
                aadObjectId is null ? [] : await source.OpenAsync(db, aadObjectId, language, cancellationToken)));
        }
        return sections;
    }

    /// <summary>How a card carries a set of kinds in its data.</summary>
    public static string Join(IEnumerable<string> kinds) => string.Join(',', kinds);

    public static IReadOnlyCollection<string> Split(string? kinds) =>
        (kinds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
