using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Privacy;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Sessions;

/// <summary>
/// Reads the signal and action-point inputs of a card: required fields, a due date that is not in the past, an owner
/// from the directory, and every free text scrubbed before it goes anywhere (the card, the database, a message).
/// </summary>
internal sealed class OutcomeInputs(OwnerDirectory owners, PersonalDataScrubber scrubber, WorkingDayCalendar calendar, TimeProvider clock)
{
    public const int MaxText = 1000;
    public const int MaxSharedView = 4000;

    public async Task<(DraftSignal? Signal, Refusal? Refusal)> ReadSignalAsync(CardAction action, CancellationToken cancellationToken)
    {
        var title = action.GetString("signalTitle")?.Trim();
        if (string.IsNullOrEmpty(title)) return (null, new Refusal("signal.titleRequired"));
        var category = action.GetString("signalCategory");
        if (category is null || !SignalCategory.All.Contains(category)) return (null, new Refusal("signal.unknownCategory"));
        if (Due(action.GetString("signalDue")) is not { } due) return (null, new Refusal("session.dueInvalid"));
        var (owner, refusal) = await owners.ResolveAsync(action.GetString("signalOwner"), OwnerKind.Signal, cancellationToken);
        if (owner is null) return (null, refusal);
        var memory = ScrubMemory.Create();
        var description = action.GetString("signalDescription")?.Trim() ?? "";
        return (new DraftSignal(Scrub(title, SignalRegister.MaxTitle, memory), Scrub(description, SignalRegister.MaxDescription, memory), category,
            owner.AadObjectId, owner.Name, owner.Mt, due), null);
    }

    public async Task<(DraftActionPoint? Point, Refusal? Refusal)> ReadActionPointAsync(CardAction action, CancellationToken cancellationToken)
    {
        var text = action.GetString("actionText")?.Trim();
        if (string.IsNullOrEmpty(text)) return (null, new Refusal("session.actionTextRequired"));
        if (Due(action.GetString("actionDue")) is not { } due) return (null, new Refusal("session.dueInvalid"));
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

    public DateOnly Today => calendar.LocalDate(clock.GetUtcNow());

    public DateOnly Proposed(int workingDays) => calendar.AddWorkingDays(Today, workingDays);

    /// <summary>Whether a due date (typed now, or carried in a draft) lies from today up to the furthest allowed.</summary>
    public bool IsValidDue(DateOnly due) => due >= Today && due <= CardDate.LatestDue(Today);

    private DateOnly? Due(string? value) =>
        CardDate.Read(value, Today, CardDate.LatestDue(Today), out var due) == CardDateCheck.Valid ? due : null;

    private string Scrub(string text, int max, ScrubMemory memory) => scrubber.Scrub(text.Length > max ? text[..max] : text, memory).Text;
}
