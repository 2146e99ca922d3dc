using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;

namespace CasuistiekBot.Panels;

/// <summary>
/// Builds the suggester's brief for a casus. For an anonymous casus the inbrenger is found only by matching the author
/// key against the directory; the match keeps them (and their manager) off the panel and is never stored or shown.
/// </summary>
internal sealed class PanelBriefs(AuthorKeys authorKeys)
{
    public PanelBrief For(Casus casus, IReadOnlyList<Person> directory, IReadOnlyList<PanelMember> members, DateOnly day) => new(
        Themes: casus.Themes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        OrgUnit: casus.OrgUnit,
        AuthorAadObjectId: Author(casus, directory),
        ShieldFromManager: casus.Visibility != CasusVisibility.Named,
        Day: day,
        CasusText: string.Join('\n', casus.Story, casus.Situation, casus.Chafes, casus.Tried),
        Seated: members.Where(m => MemberStatus.IsSeated(m.Status)).Select(m => new SeatedPerson(m.AadObjectId, m.Seat)).ToList(),
        Excluded: members.Where(m => !MemberStatus.IsSeated(m.Status)).Select(m => m.AadObjectId.ToLowerInvariant()).ToHashSet());

    private string? Author(Casus casus, IReadOnlyList<Person> directory) =>
        casus.AuthorAadObjectId ?? directory.FirstOrDefault(p => authorKeys.For(p.AadObjectId) == casus.AuthorKey)?.AadObjectId;
}
