using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Panels;

/// <summary>
/// Why a person the coordinator picks cannot sit on this panel, or null when they can. For an anonymous casus the
/// inbrenger is deliberately not checked here: a refusal would tell the coordinator who wrote it.
/// </summary>
internal sealed class PanelConflicts(PanelLoads loads, WorkingDayCalendar calendar, TimeProvider clock, Texts texts)
{
    public async Task<string?> CheckAsync(
        CasuistiekDbContext db, Casus casus, Panel panel, IReadOnlyList<PanelMember> members, Person person, string seat, string language, CancellationToken cancellationToken)
    {
        string Refuse(string key, params object[] args) => texts.Get(PanelsTextKeys.PanelConflict, language, person.Name, texts.Get(key, language, args));

        if (!person.Has(seat)) return Refuse(PanelsTextKeys.PanelConflictNoRole, texts.Get(PanelsTextKeys.PersonRolePrefix + seat, language));
        if (casus.Visibility != CasusVisibility.Anonymous && casus.AuthorAadObjectId is { } author)
        {
            if (Same(person.AadObjectId, author)) return Refuse(PanelsTextKeys.PanelConflictAuthor);
            if (casus.Visibility == CasusVisibility.Confidential
                && await PersonQueries.FindAsync(db, author.ToLowerInvariant(), cancellationToken) is { ManagerAadObjectId: { } manager }
                && Same(person.AadObjectId, manager))
            {
                return Refuse(PanelsTextKeys.PanelConflictManager);
            }
        }
        if (members.Any(m => m.Status == MemberStatus.Involved && Same(m.AadObjectId, person.AadObjectId))) return Refuse(PanelsTextKeys.PanelConflictInvolved);
        var day = panel.SessionDate ?? calendar.LocalDate(clock.GetUtcNow());
        if (person.UnavailableUntil is { } until && until >= day) return Refuse(PanelsTextKeys.PanelConflictUnavailable, SessionText.Date(language, until));
        var load = (await loads.ForAsync(db, day, cancellationToken)).GetValueOrDefault(person.AadObjectId.ToLowerInvariant()) ?? PersonLoad.None;
        return load.ThisMonth >= person.MaxPanelsPerMonth ? Refuse(PanelsTextKeys.PanelConflictFull, load.ThisMonth, person.MaxPanelsPerMonth) : null;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
