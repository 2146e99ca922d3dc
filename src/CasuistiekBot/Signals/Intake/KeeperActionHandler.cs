using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals.Intake;

/// <summary>
/// The keeper's decision on a reported signal: accept and assign an owner, merge into an open signal, or decline with a
/// reason. Only keepers may decide; a card that no longer shows the current version gets the current card back and
/// changes nothing. The decision, its audit entry, the owner's card, the reporter's message and the keepers' updated
/// cards commit together.
/// </summary>
internal sealed class KeeperActionHandler(
    IDbContextFactory<CasuistiekDbContext> databases,
    SignalKeepers keepers,
    KeeperCards cards,
    OwnerDirectory owners,
    SignalPublisher publisher,
    ReporterMessages reporters,
    PersonalDataScrubber scrubber,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    Texts texts) : ICardActionHandler
{
    public const int MaxReason = 1000;

    public IReadOnlyCollection<string> Verbs { get; } = [IntakeVerbs.Accept, IntakeVerbs.Merge, IntakeVerbs.Decline, IntakeVerbs.Refresh];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await keepers.RefuseActionAsync(turn, cancellationToken) is { } refused) return refused;
        var actor = turn.Activity.From!.AadObjectId!;
        if (!Guid.TryParse(action.GetString("signalId"), out var signalId)) return texts.Answer(turn, SignalsTextKeys.SignalUnknown);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var signal = await db.Set<Signal>().FirstOrDefaultAsync(s => s.Id == signalId, cancellationToken);
        if (signal is null) return texts.Answer(turn, SignalsTextKeys.SignalUnknown);
        if (action.IsRefresh || action.Verb == IntakeVerbs.Refresh || !action.ShowsVersion(signal.Version)) return await CurrentAsync(db, signal, turn, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var decision = action.Verb switch
        {
            IntakeVerbs.Accept => await AcceptAsync(db, signal, action, now, cancellationToken),
            IntakeVerbs.Merge => await MergeAsync(db, signal, action, now, cancellationToken),
            _ => await DeclineAsync(db, signal, action, now, cancellationToken),
        };
        if (decision.Refusal is { } refusal)
        {
            return texts.Answer(turn, refusal.Key, refusal.Args.Length > 0 ? refusal.Args : [texts.Get(SignalsTextKeys.SignalStatusPrefix + signal.Status, turn)]);
        }
        Audit.Record(db, now, actor, "signaal", signal.Reference, decision.Action!, decision.Details);
        await cards.PublishAsync(db, signal, cancellationToken);
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken))
        {
            // Another keeper decided first: show what it is now, do nothing twice.
            await using var fresh = await databases.CreateDbContextAsync(cancellationToken);
            return await CurrentAsync(fresh, await fresh.Set<Signal>().AsNoTracking().FirstAsync(s => s.Id == signalId, cancellationToken), turn, cancellationToken);
        }
        return await CurrentAsync(db, signal, turn, cancellationToken);
    }

    private async Task<KeeperDecision> AcceptAsync(CasuistiekDbContext db, Signal signal, CardAction action, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!signal.IsReported) return KeeperDecision.From(SignalChange.Refused(SignalsTextKeys.SignalInvalid));
        var (owner, refusal) = await owners.ResolveAsync(action.GetString("owner"), OwnerKind.Signal, cancellationToken);
        if (owner is null) return new KeeperDecision(refusal, null, null);
        var today = calendar.LocalDate(now);
        if (SignalDates.DueRefusal(CardDate.Read(action.GetString("due"), today, CardDate.LatestDue(today), out var due)) is { } badDue) return KeeperDecision.From(SignalChange.Refused(badDue));
        var change = signal.AcceptReported(new SignalOwner(owner.AadObjectId, owner.Name, owner.Mt), action.GetString("category") ?? signal.Category, due, now);
        if (!change.Succeeded) return KeeperDecision.From(change);
        await publisher.PublishAsync(db, signal, [], cancellationToken);
        await reporters.AcceptedAsync(db, signal, cancellationToken);
        return KeeperDecision.From(change, $"eigenaar {owner.Name}");
    }

    private async Task<KeeperDecision> MergeAsync(CasuistiekDbContext db, Signal signal, CardAction action, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!signal.IsReported) return KeeperDecision.From(SignalChange.Refused(SignalsTextKeys.SignalInvalid));
        var reference = action.GetString("into")?.Trim().ToUpperInvariant() ?? "";
        var target = reference.Length == 0 ? null : await db.Set<Signal>().FirstOrDefaultAsync(s => s.Reference == reference, cancellationToken);
        if (target is null) return new KeeperDecision(new Refusal(SignalsIntakeTextKeys.SignalReportMergeUnknown, reference), null, null);
        var change = signal.MergeInto(target, now);
        if (!change.Succeeded) return new KeeperDecision(new Refusal(change.Refusal!, target.Reference), null, null);
        await reporters.MergedAsync(db, signal, target, cancellationToken);
        return KeeperDecision.From(change, $"in {target.Reference}");
    }

    private async Task<KeeperDecision> DeclineAsync(CasuistiekDbContext db, Signal signal, CardAction action, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var typed = action.GetString("reason")?.Trim() ?? "";
        var change = signal.DeclineReported(typed.Length == 0 ? "" : scrubber.ScrubTyped(typed, MaxReason), now);
        if (change.Succeeded) await reporters.DeclinedAsync(db, signal, cancellationToken);
        return KeeperDecision.From(change);
    }

    private async Task<InvokeResponse> CurrentAsync(CasuistiekDbContext db, Signal signal, ITurnContext turn, CancellationToken cancellationToken) =>
        InvokeResponse.Card(await cards.RenderAsync(db, signal, turn.Language, cancellationToken));
}
