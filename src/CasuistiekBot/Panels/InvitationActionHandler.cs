using System.Globalization;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>
/// "Ik doe mee" / "Ik kan niet" on an invitation, and Teams' automatic refresh of it. Only the invited person may answer,
/// once, and only on a card showing the panel as it is now: after the session moved, a click on an older card (a date
/// they may never have seen) gets the current card back and changes nothing. The coordinators' panel card shows the
/// answer, and a decline puts the next-best person for that seat on it as a one-click offer.
/// </summary>
internal sealed class InvitationActionHandler(
    IDbContextFactory<CasuistiekDbContext> databases,
    ReplacementOffers offers,
    PanelPublisher publisher,
    InvitationCards cards,
    PersonalDataScrubber scrubber,
    TimeProvider clock,
    Texts texts) : ICardActionHandler
{
    private const int MaxReason = 500;

    public IReadOnlyCollection<string> Verbs { get; } = [PanelVerbs.InvitationAccept, PanelVerbs.InvitationDecline, PanelVerbs.InvitationRefresh];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var who = turn.Activity.From?.AadObjectId;
        if (!long.TryParse(action.GetString("invitationId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) return texts.Answer(turn, PanelsTextKeys.InvitationNotYours);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var member = await db.Set<PanelMember>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        // Someone else's invitation and one that does not exist get the same answer: ids reveal nothing.
        if (member is null || who is null || !string.Equals(member.AadObjectId, who, StringComparison.OrdinalIgnoreCase)) return texts.Answer(turn, PanelsTextKeys.InvitationNotYours);
        var panel = await db.Set<Panel>().FirstAsync(p => p.Id == member.PanelId, cancellationToken);
        var casus = await CasusLookup.GetForChangeAsync(db, panel.CasusId, cancellationToken);
        if (action.IsRefresh || action.Verb == PanelVerbs.InvitationRefresh) return await CurrentAsync(db, casus, panel, member, action, turn, cancellationToken);
        if (member.Status is MemberStatus.Accepted or MemberStatus.Declined) return texts.Answer(turn, PanelsTextKeys.InvitationAlreadyAnswered);
        if (casus.Status != CasusStatus.Scheduled || member.Status != MemberStatus.Invited) return texts.Answer(turn, PanelsTextKeys.InvitationClosed);
        if (!action.ShowsVersion(panel.Version)) return await CurrentAsync(db, casus, panel, member, action, turn, cancellationToken);

        var now = clock.GetUtcNow();
        var accepted = action.Verb == PanelVerbs.InvitationAccept;
        var reason = action.GetString("declineReason")?.Trim() is { Length: > 0 } typed
            ? scrubber.ScrubTyped(typed, MaxReason)
            : null;
        if (!(accepted ? member.Accept(now) : member.Decline(reason, now))) return texts.Answer(turn, PanelsTextKeys.InvitationClosed);

        var members = await db.Set<PanelMember>().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        if (!accepted) await offers.OfferAsync(db, casus, panel, members, member, cancellationToken);
        PanelAudit.Record(db, now, who, casus, accepted ? "uitnodiging-geaccepteerd" : "uitnodiging-afgewezen", reason is null ? member.Name : $"{member.Name}: {reason}");
        await publisher.PublishAsync(db, casus, panel, members, $"m{member.Id}-{member.Status}", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return texts.Answer(turn, PanelsTextKeys.InvitationAlreadyAnswered);   // a double click that raced the first
        }
        return InvokeResponse.Card(cards.Render(casus, panel, member, InvitationSender.Facilitator(members), turn.Language, Notice(action), Me(turn)));
    }

    private async Task<InvokeResponse> CurrentAsync(
        CasuistiekDbContext db, Casus casus, Panel panel, PanelMember member, CardAction action, ITurnContext turn, CancellationToken cancellationToken)
    {
        var members = await db.Set<PanelMember>().AsNoTracking().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return InvokeResponse.Card(cards.Render(casus, panel, member, InvitationSender.Facilitator(members), turn.Language, Notice(action), Me(turn)));
    }

    // A card without a version was rendered before answers were tied to one; it may show an old date, so it is stale too.

    // The refreshed card keeps its heading (a reminder, a new date), now with the panel's current date.
    private static InvitationNotice Notice(CardAction action) =>
        Enum.TryParse<InvitationNotice>(action.GetString("notice"), ignoreCase: false, out var notice) && Enum.IsDefined(notice) ? notice : InvitationNotice.None;

    private static string[] Me(ITurnContext turn) => turn.Activity.From?.Id is { Length: > 0 } id ? [id] : [];
}
