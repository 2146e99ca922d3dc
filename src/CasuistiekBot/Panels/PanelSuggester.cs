using CasuistiekBot.Expertise;

namespace CasuistiekBot.Panels;

/// <summary>
/// Proposes a panel for a casus from the directory: a line manager of the casus' unit, a trained facilitator, and two to
/// four subject experts chosen one by one for the themes they add. Nobody unavailable, at their monthly maximum, in
/// conflict with the casus or already involved; among equals the fewest recent panels, then a unit not yet at the
/// table, then the name and id, so the same inputs always give the same panel.
/// </summary>
internal static class PanelSuggester
{
    public const int MinExperts = 2;
    public const int MaxExperts = 4;

    public static PanelProposal Propose(PanelBrief brief, IReadOnlyList<Person> directory, IReadOnlyDictionary<string, PersonLoad> loads)
    {
        var pool = new SuggestionPool(brief, directory, loads);
        var chosen = new List<PanelSuggestion>();
        var empty = new List<string>();
        foreach (var seat in new[] { PanelSeat.LineManager, PanelSeat.Facilitator })
        {
            if (brief.Seated.Any(s => s.Seat == seat)) continue;
            if (Pick(pool, seat, chosen) is { } person) chosen.Add(person);
            else empty.Add(seat);
        }
        while (pool.ExpertCount(chosen) < MaxExperts)
        {
            var next = Pick(pool, PanelSeat.Expert, chosen);
            if (next is null || (pool.ExpertCount(chosen) >= MinExperts && pool.NewThemes(next.Person, chosen).Count == 0)) break;
            chosen.Add(next);
        }
        if (pool.ExpertCount(chosen) < MinExperts) empty.Add(PanelSeat.Expert);
        return new PanelProposal(chosen, empty);
    }

    /// <summary>The next-best person for one seat, given who is on the panel now (after a decline or a removal).</summary>
    public static PanelSuggestion? Replace(PanelBrief brief, string seat, IReadOnlyList<Person> directory, IReadOnlyDictionary<string, PersonLoad> loads) =>
        Pick(new SuggestionPool(brief, directory, loads), seat, []);

    private static PanelSuggestion? Pick(SuggestionPool pool, string seat, IReadOnlyList<PanelSuggestion> chosen)
    {
        var units = pool.UnitsAtTable(chosen);
        var candidates = pool.Eligible(seat, chosen).Select(p => new
        {
            Person = p,
            Load = pool.Load(p),
            NewThemes = pool.NewThemes(p, chosen).Count,
            Matched = pool.Matched(p),
            Unit = pool.Units.Compare(pool.Brief.OrgUnit, p.OrgUnit),
            NewUnit = !units.Contains(pool.Units.Parse(p.OrgUnit).Key),
        });
        if (seat == PanelSeat.LineManager && UnitNames.Fold(pool.Brief.OrgUnit).Length > 0)
        {
            candidates = candidates.Where(c => c.Unit != UnitMatch.None);
        }
        var ordered = seat switch
        {
            PanelSeat.LineManager => candidates.OrderByDescending(c => c.Unit).ThenBy(c => c.Load.Recent).ThenBy(c => c.Load.ThisMonth),
            PanelSeat.Facilitator => candidates.OrderBy(c => c.Load.Recent).ThenByDescending(c => c.Matched.Count).ThenByDescending(c => c.NewUnit).ThenBy(c => c.Load.ThisMonth),
            _ => candidates.OrderByDescending(c => c.NewThemes).ThenByDescending(c => c.Matched.Count).ThenBy(c => c.Load.Recent)
                .ThenByDescending(c => c.NewUnit).ThenBy(c => c.Load.ThisMonth),
        };
        var best = ordered.ThenBy(c => c.Person.Name, StringComparer.Ordinal).ThenBy(c => c.Person.AadObjectId, StringComparer.Ordinal).FirstOrDefault();
        return best is null ? null : new PanelSuggestion(best.Person, seat, best.Matched, best.Load, best.Unit);
    }
}
