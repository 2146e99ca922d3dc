using CasuistiekBot.Signals.Handlers;

namespace CasuistiekBot.Signals;

/// <summary>
/// The behandelaar: someone the owner asks to do the work on a signal. The owner stays accountable (transfer and the
/// choice of behandelaar stay theirs); the behandelaar may take the working steps (pick up, update, snooze, close) and
/// gets the reminders.
/// </summary>
public sealed partial class Signal
{
    public string? HandlerAadObjectId { get; set; }
    public string? HandlerName { get; set; }

    public bool IsHandledBy(string? aadObjectId) =>
        HandlerAadObjectId is not null && string.Equals(HandlerAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>The owner or the behandelaar: who may take the working steps.</summary>
    public bool MayWorkOn(string? aadObjectId) => IsOwnedBy(aadObjectId) || IsHandledBy(aadObjectId);

    /// <summary>Who is reminded: the behandelaar when there is one, else the owner.</summary>
    public string WorkerAadObjectId => HandlerAadObjectId ?? OwnerAadObjectId;

    public SignalChange AssignHandler(string by, SignalOwner to, DateTimeOffset at) =>
        !IsOwnedBy(by) ? SignalChange.Refused(SignalsHandlersTextKeys.SignalHandlerOwnerOnly)
        : !SignalStatus.IsOpen(Status) || Status == SignalStatus.Transferring ? SignalChange.Refused(SignalsTextKeys.SignalInvalid)
        : IsOwnedBy(to.AadObjectId) ? SignalChange.Refused(SignalsHandlersTextKeys.SignalHandlerIsOwner)
        : IsHandledBy(to.AadObjectId) ? SignalChange.Refused(SignalsHandlersTextKeys.SignalHandlerAlready)
        : Apply(at, () =>
        {
            HandlerAadObjectId = to.AadObjectId.ToLowerInvariant();
            HandlerName = to.Name;
            SnoozedUntil = null;
        }, HandlerAadObjectId is null ? "behandelaar-toegewezen" : "behandelaar-gewijzigd");

    public SignalChange RemoveHandler(string by, DateTimeOffset at) =>
        !IsOwnedBy(by) ? SignalChange.Refused(SignalsHandlersTextKeys.SignalHandlerOwnerOnly)
        : HandlerAadObjectId is null ? SignalChange.Refused(SignalsHandlersTextKeys.SignalHandlerNone)
        : Apply(at, ClearHandler, "behandelaar-verwijderd");

    // A new owner chooses their own behandelaar.
    private void ClearHandler()
    {
        HandlerAadObjectId = HandlerName = null;
        SnoozedUntil = null;
    }
}
