using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Sessions;

/// <summary>
/// Reads the action-point inputs and the shared view of the outcome card: required fields, a due date that is not in
/// the past, an owner from the directory, and every free text scrubbed before it goes anywhere (the card, the
/// database, a message). Its signal inputs are read by <see cref="SignalInputs"/>.
/// </summary>
internal sealed class OutcomeInputs(OwnerDirectory owners, PersonalDataScrubber scrubber, DueDates dates)
{
    public const int MaxText = 1000;
    public const int MaxSharedView = 4000;

    public async Task<(DraftActionPoint? Point, Refusal? Refusal)> ReadActionPointAsync(CardAction action, CancellationToken cancellationToken)
    {
        var text = action.GetString("actionText")?.Trim();
        if (string.IsNullOrEmpty(text)) return (null, new Refusal(SessionsTextKeys.SessionActionTextRequired));
        if (dates.Read(action.GetString("actionDue")) is not { } due) return (null, new Refusal(SignalsTextKeys.SessionDueInvalid));
        var (owner, refusal) = await owners.ResolveAsync(action.GetString("actionOwner"), OwnerKind.ActionPoint, cancellationToken);
        if (owner is null) return (null, refusal);
        return (new DraftActionPoint(Scrub(text, MaxText, ScrubMemory.Create()), owner.AadObjectId, owner.Name, due), null);
    }

    /// <summary>The shared view as typed, scrubbed; empty when nothing was typed.</summary>
    public string SharedView(CardAction action)
    {
        var text = action.GetString("sharedView")?.Trim() ?? "";
        return text.Length == 0 ? "" : Scrub(text, MaxSharedView, ScrubMemory.Create());
    }

    private string Scrub(string text, int max, ScrubMemory memory) => scrubber.Scrub(text.Length > max ? text[..max] : text, memory).Text;
}
