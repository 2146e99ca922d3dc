using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>
/// When a casus goes to the Spreekuur: proposes its panel from the directory, stores it as a draft with the reasons, and
/// posts the panel card to the coordinators' channel, all in the decision's transaction.
/// </summary>
internal sealed class PanelPlanner(
    PanelBriefs briefs,
    PanelLoads loads,
    SuggestionReasons reasons,
    PanelPublisher publisher,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    ILogger<PanelPlanner> logger) : ISpreekuurListener
{
    public async Task OnSpreekuurAsync(CasuistiekDbContext db, Casus casus, string coordinatorAadObjectId, CancellationToken cancellationToken)
    {
        if (await db.Set<Panel>().AnyAsync(p => p.CasusId == casus.Id, cancellationToken)) return;
        var now = clock.GetUtcNow();
        var day = calendar.LocalDate(now);
        var directory = await PersonQueries.AllAsync(db, cancellationToken);
        var proposal = PanelSuggester.Propose(briefs.For(casus, [], day), directory, await loads.ForAsync(db, day, cancellationToken));

        var panel = new Panel { Id = Guid.NewGuid(), CasusId = casus.Id, Status = PanelStatus.Draft, CreatedAt = now, UpdatedAt = now, Version = 1 };
        db.Add(panel);
        var members = proposal.Seats.Select(s => new PanelMember
        {
            PanelId = panel.Id, AadObjectId = s.Person.AadObjectId, Name = s.Person.Name, Seat = s.Seat,
            Status = MemberStatus.Proposed, Reason = reasons.For(s, casus.OrgUnit), AddedAt = now,
        }).ToList();
        db.AddRange(members);
        PanelAudit.Record(db, now, coordinatorAadObjectId, casus, "panel-voorgesteld", string.Join(", ", members.Select(m => $"{m.Name} ({m.Seat})")));
        await db.SaveChangesAsync(cancellationToken);   // the card's buttons carry the members' ids
        await publisher.PublishAsync(db, casus, panel, members, "proposed", cancellationToken);
        logger.LogInformation("Proposed a panel of {Count} for casus {Reference}; {Empty} seats left open", members.Count, casus.Reference, proposal.EmptySeats.Count);
    }
}
