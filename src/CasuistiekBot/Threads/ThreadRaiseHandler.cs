using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Roles;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Threads;

/// <summary>
/// "Signaal registreren" on a rode-draad prompt: a coordinator gets the new-signal form filled in with the cases (the
/// newest as source, the others to link) and the law they share, to complete and register.
/// </summary>
internal sealed class ThreadRaiseHandler(
    CoordinatorGuard coordinators, IDbContextFactory<CasuistiekDbContext> databases, NewSignalHandler signals, Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [ThreadsVerbs.Raise];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await coordinators.RefuseActionAsync(turn, cancellationToken) is { } refused) return refused;
        var references = (action.GetString("cases") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(20).ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var ids = new List<Guid>();
        foreach (var reference in references)
        {
            if (await CasusLookup.IdOfAsync(db, reference.ToUpperInvariant(), cancellationToken) is not { } id) return texts.Answer(turn, ThreadsTextKeys.ThreadsUnknownReference, reference);
            ids.Add(id);
        }
        if (ids.Count == 0) return texts.Answer(turn, ThreadsTextKeys.ThreadsUnknownReference, "");
        var cases = await CasusComparables.ManyAsync(db, ids, cancellationToken);
        var law = cases.Where(c => c.Law is not null).GroupBy(c => c.Law!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var theme = cases.SelectMany(c => c.ThemeList).GroupBy(t => t).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var language = turn.Language;
        var prefill = new SignalPrefill(
            texts.Get(ThreadsTextKeys.ThreadsRaiseTitle, language, law ?? theme ?? references[0]),
            texts.Get(ThreadsTextKeys.ThreadsRaiseDescription, language, string.Join(", ", references)),
            references[0], string.Join(',', references.Skip(1)), law);
        return await signals.FormAsync(language, prefill, cancellationToken) is { } form
            ? InvokeResponse.Card(form)
            : texts.Answer(turn, SignalsTextKeys.SignalNewNoOwners);
    }
}
