using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;

namespace CasuistiekBot.Panels;

/// <summary>
/// Builds the suggester's brief for a casus. For an anonymous casus it holds nothing about the author (not even whose
/// team they are in): the same casus from any two anonymous authors gets the same suggestion. Their own manager is kept
/// off by the author's private preview instead (<see cref="PanelPreviews"/>).
/// </summary>
internal sealed class PanelBriefs
{
    public PanelBrief For(Casus casus, IReadOnlyList<PanelMember> members, DateOnly day) => new(
        Themes: casus.Themes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        OrgUnit: casus.OrgUnit,
        AuthorAadObjectId: casus.Visibility == CasusVisibility.Anonymous ? null : casus.AuthorAadObjectId,
        ShieldFromManager: casus.Visibility == CasusVisibility.Confidential,
        Day: day,
        CasusText: string.Join('\n', casus.Story, casus.Situation, casus.Chafes, casus.Tried),
        Seated: members.Where(m => MemberStatus.IsSeated(m.Status)).Select(m => new SeatedPerson(m.AadObjectId, m.Seat)).ToList(),
        Excluded: members.Where(m => !MemberStatus.IsSeated(m.Status)).Select(m => m.AadObjectId.ToLowerInvariant()).ToHashSet());
}
