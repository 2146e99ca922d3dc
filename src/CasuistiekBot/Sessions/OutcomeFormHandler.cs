using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Sessions;

/// <summary>
/// Building an outcome on its card: open it for a scheduled casus, add action points and signals, remove one. Nothing
/// is stored yet; every step answers with the card redrawn (texts scrubbed) until a coordinator records the outcome.
/// </summary>
internal sealed class OutcomeFormHandler(
    IDbContextFactory<CasuistiekDbContext> databases, OutcomeGuard guard, OutcomeInputs inputs, SignalInputs signalInputs, OutcomeCards cards,
    IOptions<SessionOptions> options, Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [SessionVerbs.Open, SessionVerbs.AddAction, SessionVerbs.AddSignal, SessionVerbs.Remove];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var opening = action.Verb == SessionVerbs.Open;
        var (casus, refusal) = await guard.CheckAsync(db, turn, action, needsVersion: !opening, cancellationToken);
        if (casus is null) return refusal;
        var draft = opening ? OutcomeDraft.Empty : OutcomeDraft.Read(action.GetString("draft"));
        if (draft is null) return texts.Answer(turn, SessionsTextKeys.SessionDraftInvalid);

        var changed = action.Verb switch
        {
            SessionVerbs.AddAction => await AddActionPointAsync(draft, action, cancellationToken),
            SessionVerbs.AddSignal => await AddSignalAsync(draft, action, cancellationToken),
            SessionVerbs.Remove => Remove(draft, action),
            _ => (draft, null),
        };
        if (changed.Refusal is { } refused) return texts.Answer(turn, refused);
        return InvokeResponse.Card(await cards.FormAsync(casus, inputs.SharedView(action), changed.Draft!, cancellationToken));
    }

    private async Task<(OutcomeDraft? Draft, Refusal? Refusal)> AddActionPointAsync(OutcomeDraft draft, CardAction action, CancellationToken cancellationToken)
    {
        if (draft.ActionPoints.Count >= options.Value.MaxActionPoints) return (null, new Refusal(SessionsTextKeys.SessionTooManyActionPoints, options.Value.MaxActionPoints));
        var (point, refusal) = await inputs.ReadActionPointAsync(action, cancellationToken);
        return point is null ? (null, refusal) : (draft.With(point), null);
    }

    private async Task<(OutcomeDraft? Draft, Refusal? Refusal)> AddSignalAsync(OutcomeDraft draft, CardAction action, CancellationToken cancellationToken)
    {
        if (draft.Signals.Count >= options.Value.MaxSignals) return (null, new Refusal(SessionsTextKeys.SessionTooManySignals, options.Value.MaxSignals));
        var (signal, refusal) = await signalInputs.ReadAsync(action, cancellationToken);
        return signal is null ? (null, refusal) : (draft.With(signal), null);
    }

    private static (OutcomeDraft? Draft, Refusal? Refusal) Remove(OutcomeDraft draft, CardAction action)
    {
        if (!int.TryParse(action.GetString("index"), out var index)) return (null, new Refusal(SessionsTextKeys.SessionDraftInvalid));
        return action.GetString("kind") switch
        {
            "action" when index >= 0 && index < draft.ActionPoints.Count => (draft with { ActionPoints = [.. draft.ActionPoints.Where((_, i) => i != index)] }, null),
            "signal" when index >= 0 && index < draft.Signals.Count => (draft with { Signals = [.. draft.Signals.Where((_, i) => i != index)] }, null),
            _ => (null, new Refusal(SessionsTextKeys.SessionDraftInvalid)),
        };
    }
}
