using CasuistiekBot.Expertise;

namespace CasuistiekBot.Panels;

/// <summary>The suggester's view of the directory for one casus: who may sit where, and what each person brings.</summary>
internal sealed class SuggestionPool(PanelBrief brief, IReadOnlyList<Person> directory, IReadOnlyDictionary<string, PersonLoad> loads)
{
    private readonly HashSet<string> _themes = brief.Themes.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
    private readonly Person? _author = brief.AuthorAadObjectId is { } author ? directory.FirstOrDefault(p => Same(p.AadObjectId, author)) : null;
    private readonly Dictionary<string, Person> _byId = directory.ToDictionary(p => p.AadObjectId.ToLowerInvariant());

    public PanelBrief Brief => brief;

    public UnitDirectory Units { get; } = new(directory);

    public PersonLoad Load(Person person) => loads.TryGetValue(person.AadObjectId.ToLowerInvariant(), out var load) ? load : PersonLoad.None;

    public IReadOnlyList<string> Matched(Person person) => person.TagList.Where(t => _themes.Contains(t.ToLowerInvariant())).Order(StringComparer.Ordinal).ToList();

    /// <summary>Themes this person covers that no expert on the panel (or chosen so far) covers yet.</summary>
    public IReadOnlyList<string> NewThemes(Person person, IReadOnlyList<PanelSuggestion> chosen)
    {
        var covered = Experts(chosen).SelectMany(p => p.TagList).Select(t => t.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return Matched(person).Where(t => !covered.Contains(t.ToLowerInvariant())).ToList();
    }

    public int ExpertCount(IReadOnlyList<PanelSuggestion> chosen) => Experts(chosen).Count();

    public HashSet<string> UnitsAtTable(IReadOnlyList<PanelSuggestion> chosen) =>
        brief.Seated.Select(s => Find(s.AadObjectId)).OfType<Person>().Concat(chosen.Select(c => c.Person))
            .Select(p => Units.Parse(p.OrgUnit)).Where(u => !u.IsEmpty).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);

    public IEnumerable<Person> Eligible(string seat, IReadOnlyList<PanelSuggestion> chosen) =>
        directory.Where(p => p.Has(seat) && MaySit(p) && !chosen.Any(c => Same(c.Person.AadObjectId, p.AadObjectId)));

    /// <summary>The rules every seat shares: no conflict of interest, available on the day, under the monthly maximum.</summary>
    private bool MaySit(Person person)
    {
        var id = person.AadObjectId;
        if (brief.AuthorAadObjectId is { } author && Same(id, author)) return false;
        if (brief.ShieldFromManager && _author?.ManagerAadObjectId is { } manager && Same(id, manager)) return false;
        if (brief.Excluded.Any(x => Same(x, id)) || brief.Seated.Any(s => Same(s.AadObjectId, id))) return false;
        if (person.UnavailableUntil is { } until && until >= brief.Day) return false;
        if (Load(person).ThisMonth >= person.MaxPanelsPerMonth) return false;
        return !UnitNames.Mentions(brief.CasusText, person.Name);
    }

    private IEnumerable<Person> Experts(IReadOnlyList<PanelSuggestion> chosen) =>
        brief.Seated.Where(s => s.Seat == PanelSeat.Expert).Select(s => Find(s.AadObjectId)).OfType<Person>()
            .Concat(chosen.Where(c => c.Seat == PanelSeat.Expert).Select(c => c.Person));

    private Person? Find(string aadObjectId) => _byId.GetValueOrDefault(aadObjectId.ToLowerInvariant());

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
