using CasuistiekBot.Expertise;

namespace CasuistiekBot.Panels;

/// <summary>
/// The directory's units as the suggester compares them: the organisations it knows (so "IND Asiel en Bescherming"
/// without a comma still reads as IND) and the aliases its rows give a unit (e.g. "A&amp;B" or "DAB"), which hold for
/// everyone in that unit.
/// </summary>
internal sealed class UnitDirectory
{
    private readonly HashSet<string> _organisations;
    private readonly Dictionary<string, HashSet<string>> _aliases = new(StringComparer.Ordinal);

    public UnitDirectory(IEnumerable<Person> directory)
    {
        var people = directory.ToList();
        _organisations = people.Select(p => UnitNames.Parse(p.OrgUnit).Organisation).Where(o => o.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var unit = Parse(person.OrgUnit);
            if (unit.Name.Length == 0) continue;
            foreach (var alias in person.UnitAliasList.Select(Parse).Where(a => a.Name.Length > 0))
            {
                if (!_aliases.TryGetValue(unit.Key, out var set)) _aliases[unit.Key] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(alias.Name);
            }
        }
    }

    public UnitName Parse(string? unit) => UnitNames.Parse(unit, _organisations);

    /// <summary>
    /// The same unit when the names (or a name and one of the unit's aliases) agree and the organisations do not differ
    /// (either may be left out); the same organisation when only that agrees.
    /// </summary>
    public UnitMatch Compare(string? casusUnit, string? personUnit)
    {
        var wanted = Parse(casusUnit);
        var own = Parse(personUnit);
        if (wanted.IsEmpty || own.IsEmpty) return UnitMatch.None;
        var organisationsAgree = wanted.Organisation.Length == 0 || own.Organisation.Length == 0 || wanted.Organisation == own.Organisation;
        if (organisationsAgree && wanted.Name.Length > 0 && (wanted.Name == own.Name || IsAlias(own, wanted.Name))) return UnitMatch.SameUnit;
        // "IND" alone is read as a unit name without an organisation; it still names the organisation.
        var wantedOrganisation = wanted.Organisation.Length > 0 ? wanted.Organisation : _organisations.Contains(wanted.Name) ? wanted.Name : "";
        return wantedOrganisation.Length > 0 && wantedOrganisation == own.Organisation ? UnitMatch.SameOrganisation : UnitMatch.None;
    }

    private bool IsAlias(UnitName unit, string name) => _aliases.TryGetValue(unit.Key, out var aliases) && aliases.Contains(name);
}
