using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Signals;

/// <summary>
/// Reads the signal inputs of a card (the triage card's and the outcome card's form): required fields, a due date that
/// is not in the past, an owner from the directory, and every free text scrubbed before it goes anywhere.
/// </summary>
internal sealed class SignalInputs(OwnerDirectory owners, PersonalDataScrubber scrubber, DueDates dates)
{
    public async Task<(DraftSignal? Signal, Refusal? Refusal)> ReadAsync(CardAction action, CancellationToken cancellationToken)
    {
        var title = action.GetString("signalTitle")?.Trim();
        if (string.IsNullOrEmpty(title)) return (null, new Refusal(SignalsTextKeys.SignalTitleRequired));
        var category = action.GetString("signalCategory");
        if (category is null || !SignalCategory.All.Contains(category)) return (null, new Refusal(SignalsTextKeys.SignalUnknownCategory));
        if (dates.Read(action.GetString("signalDue")) is not { } due) return (null, new Refusal(SignalsTextKeys.SessionDueInvalid));
        var (owner, refusal) = await owners.ResolveAsync(action.GetString("signalOwner"), OwnerKind.Signal, cancellationToken);
        if (owner is null) return (null, refusal);
        var memory = ScrubMemory.Create();
        var description = action.GetString("signalDescription")?.Trim() ?? "";
        return (new DraftSignal(Scrub(title, SignalRegister.MaxTitle, memory), Scrub(description, SignalRegister.MaxDescription, memory), category,
            owner.AadObjectId, owner.Name, owner.Mt, due), null);
    }

    private string Scrub(string text, int max, ScrubMemory memory) => scrubber.Scrub(text.Length > max ? text[..max] : text, memory).Text;
}
