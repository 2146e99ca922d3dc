using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Policy;
using CasuistiekBot.Roles;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Threads;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Triage;

/// <summary>
/// The coordinators' policy buttons on a triage card: the law (only one of the configured list: anything else is a
/// tampered card and refused) with the "mogelijk (indirect) discriminerend" flag, and linking or unlinking a similar
/// casus or signal by hand. Each change is audited and the channel's card is replaced.
/// </summary>
internal sealed class TriagePolicyHandler(
    CoordinatorGuard coordinators, IDbContextFactory<CasuistiekDbContext> databases, PolicyLaws laws, TriagePublisher publisher, TimeProvider clock, Texts texts)
    : ICardActionHandler
{
    private const string Law = TriagePolicyVerbs.Law;
    private const string Link = TriagePolicyVerbs.Link;
    private const string Unlink = TriagePolicyVerbs.Unlink;

    public IReadOnlyCollection<string> Verbs { get; } = [Law, Link, Unlink];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await coordinators.RefuseActionAsync(turn, cancellationToken) is { } refused) return refused;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await CasusForAction.FindForChangeAsync(db, action, cancellationToken) is not { } casus || casus.IsErased) return texts.Answer(turn, LocalizationTextKeys.TriageUnknownCasus);
        var now = clock.GetUtcNow();
        var actor = turn.Activity.From!.AadObjectId!;
        string done;
        if (action.Verb == Law)
        {
            var chosen = action.GetString("law")?.Trim();
            var law = string.IsNullOrEmpty(chosen) ? null : laws.Find(chosen);
            if (!string.IsNullOrEmpty(chosen) && law is null) return texts.Answer(turn, PolicyTextKeys.PolicyUnknownLaw);
            casus.Law = law;
            casus.PossiblyDiscriminatory = action.GetString("discriminatory") == "true";
            Audit.Casus(db, now, actor, casus, "wet", $"{law ?? "-"}{(casus.PossiblyDiscriminatory ? "; mogelijk discriminerend" : "")}");
            done = PolicyTextKeys.PolicySaved;
        }
        else
        {
            var reference = (action.GetString(action.Verb == Link ? "reference" : "other") ?? "").Trim().ToUpperInvariant();
            if (await FindAsync(db, reference, cancellationToken) is not { } other || other.Id == casus.Id) return texts.Answer(turn, ThreadsTextKeys.ThreadsUnknownReference, reference);
            if (action.Verb == Link) await ThreadLinks.LinkAsync(db, (ThreadText.Casus, casus.Id), other, null, now, cancellationToken);
            else await ThreadLinks.UnlinkAsync(db, casus.Id, other.Id, cancellationToken);
            Audit.Casus(db, now, actor, casus, action.Verb == Link ? "gekoppeld" : "ontkoppeld", reference);
            done = action.Verb == Link ? ThreadsTextKeys.ThreadsLinked : ThreadsTextKeys.ThreadsUnlinked;
        }
        await db.SaveChangesAsync(cancellationToken);
        await publisher.RefreshAsync(db, casus, cancellationToken, refreshKey: $"policy:{now.UtcTicks}");
        await db.SaveChangesAsync(cancellationToken);
        return texts.Answer(turn, done, action.GetString("reference")?.Trim().ToUpperInvariant() ?? action.GetString("other") ?? "");
    }

    private static async Task<(string Kind, Guid Id)?> FindAsync(CasuistiekDbContext db, string reference, CancellationToken cancellationToken)
    {
        if (await CasusLookup.IdOfAsync(db, reference, cancellationToken) is { } casusId) return (ThreadText.Casus, casusId);
        return await SignalComparables.ByReferenceAsync(db, reference, cancellationToken) is { } signal ? (ThreadText.Signal, signal.Id) : null;
    }
}
