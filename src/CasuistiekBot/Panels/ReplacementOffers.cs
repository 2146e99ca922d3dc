using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Panels;

/// <summary>After a decline or removal: finds the next-best person for the seat and puts the offer on the vacated place.</summary>
internal sealed class ReplacementOffers(PanelBriefs briefs, PanelLoads loads, SuggestionReasons reasons, WorkingDayCalendar calendar, TimeProvider clock)
{
    public async Task OfferAsync(CasuistiekDbContext db, Casus casus, Panel panel, IReadOnlyList<PanelMember> members, PanelMember vacated, CancellationToken cancellationToken)
    {
        var day = panel.SessionDate ?? calendar.LocalDate(clock.GetUtcNow());
        var directory = await PersonQueries.AllAsync(db, cancellationToken);
        var brief = briefs.For(casus, members, day);
        // Someone already offered for another vacated seat is not offered twice.
        var offered = members.Where(m => m != vacated && m.OfferAadObjectId is not null).Select(m => m.OfferAadObjectId!.ToLowerInvariant());
        brief = brief with { Excluded = brief.Excluded.Concat(offered).ToHashSet() };
        var next = PanelSuggester.Replace(brief, vacated.Seat, directory, await loads.ForAsync(db, day, cancellationToken));
        if (next is null)
        {
            vacated.ClearOffer();
            return;
        }
        vacated.OfferAadObjectId = next.Person.AadObjectId;
        vacated.OfferName = next.Person.Name;
        vacated.OfferReason = reasons.For(next, casus.OrgUnit);
    }
}
