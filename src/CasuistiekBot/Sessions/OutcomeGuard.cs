using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Roles;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>
/// The checks every outcome action makes before it does anything: a coordinator acts, the casus exists and is
/// scheduled, no outcome is recorded yet (else: who recorded it, when), and the card shows the current version.
/// </summary>
internal sealed class OutcomeGuard(CoordinatorGuard coordinators, PersonTime time, Texts texts)
{
    public async Task<(Casus? Casus, InvokeResponse? Refusal)> CheckAsync(
        CasuistiekDbContext db, ITurnContext turn, CardAction action, bool needsVersion, CancellationToken cancellationToken)
    {
        if (await coordinators.RefuseActionAsync(turn, cancellationToken) is { } refused) return (null, refused);
        if (await CasusForAction.FindForChangeAsync(db, action, cancellationToken) is not { } casus) return (null, texts.Answer(turn, SessionsTextKeys.SessionUnknownCasus));
        if (await db.Set<SessionOutcome>().AsNoTracking().FirstOrDefaultAsync(o => o.CasusId == casus.Id, cancellationToken) is { } recorded)
        {
            return (null, AlreadyRecorded(turn, recorded));
        }
        if (casus.Status != CasusStatus.Scheduled) return (null, texts.Answer(turn, SessionsTextKeys.SessionNotScheduled, casus.Reference, texts.Get(LocalizationTextKeys.StatusPrefix + casus.Status, turn)));
        if (needsVersion && !action.ShowsVersion(casus.Version)) return (null, texts.Answer(turn, SessionsTextKeys.SessionStale, casus.Reference));
        return (casus, null);
    }

    public static async Task<Casus> CasusAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken) =>
        await CasusLookup.FindAsync(db, casusId, cancellationToken) ?? throw new InvalidOperationException($"Casus {casusId} does not exist.");

    public InvokeResponse AlreadyRecorded(ITurnContext turn, SessionOutcome recorded) => texts.Answer(turn, SessionsTextKeys.SessionAlreadyRecorded,
        recorded.RecordedByName, Texts.Moment(recorded.RecordedAt, time.ZoneOf(turn), turn.Language));
}
