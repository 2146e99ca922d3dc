using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Signals;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Sessions;

/// <summary>
/// Checks an outcome card's content once more when it is recorded: the card carried the draft, so a forged or stale
/// one must not slip through. Owners are looked up again, dates and categories checked, texts scrubbed again.
/// </summary>
internal sealed class OutcomeValidator(OwnerDirectory owners, OutcomeInputs inputs, DueDates dates, PersonalDataScrubber scrubber, IOptions<SessionOptions> options)
{
    public async Task<(ValidOutcome? Outcome, Refusal? Refusal)> ValidateAsync(CardAction action, CancellationToken cancellationToken)
    {
        var sharedView = inputs.SharedView(action);
        if (sharedView.Length == 0) return (null, new Refusal(SessionsTextKeys.SessionSharedViewRequired));
        if (OutcomeDraft.Read(action.GetString("draft")) is not { } draft) return (null, new Refusal(SessionsTextKeys.SessionDraftInvalid));
        if (draft.ActionPoints.Count > options.Value.MaxActionPoints) return (null, new Refusal(SessionsTextKeys.SessionTooManyActionPoints, options.Value.MaxActionPoints));
        if (draft.Signals.Count > options.Value.MaxSignals) return (null, new Refusal(SessionsTextKeys.SessionTooManySignals, options.Value.MaxSignals));

        var points = new List<DraftActionPoint>();
        foreach (var point in draft.ActionPoints)
        {
            if (string.IsNullOrWhiteSpace(point.Text)) return (null, new Refusal(SessionsTextKeys.SessionActionTextRequired));
            if (!dates.IsValid(point.Due)) return (null, new Refusal(SignalsTextKeys.SessionDueInvalid));
            var (owner, refusal) = await owners.ResolveAsync(point.OwnerId, OwnerKind.ActionPoint, cancellationToken);
            if (owner is null || owner.AadObjectId != point.OwnerId) return (null, refusal ?? new Refusal(SignalsTextKeys.SessionOwnerNotFound, point.OwnerName));
            points.Add(point with { Text = Scrub(point.Text, OutcomeInputs.MaxText), OwnerName = owner.Name });
        }
        var signals = new List<DraftSignal>();
        foreach (var signal in draft.Signals)
        {
            if (string.IsNullOrWhiteSpace(signal.Title)) return (null, new Refusal(SignalsTextKeys.SignalTitleRequired));
            if (!SignalCategory.All.Contains(signal.Category)) return (null, new Refusal(SignalsTextKeys.SignalUnknownCategory));
            if (!dates.IsValid(signal.Due)) return (null, new Refusal(SignalsTextKeys.SessionDueInvalid));
            var (owner, refusal) = await owners.ResolveAsync(signal.OwnerId, OwnerKind.Signal, cancellationToken);
            if (owner is null || owner.AadObjectId != signal.OwnerId) return (null, refusal ?? new Refusal(SignalsTextKeys.SessionOwnerNotFound, signal.OwnerName));
            signals.Add(signal with { OwnerName = owner.Name, OwnerMt = owner.Mt });
        }
        return (new ValidOutcome(sharedView, new OutcomeDraft(points, signals)), null);
    }

    private string Scrub(string text, int max) => scrubber.Scrub(text.Length > max ? text[..max] : text, ScrubMemory.Create()).Text;
}
