namespace CasuistiekBot.Signals;

/// <summary>
/// A signal: a rule or practice that works out harshly or is unworkable, owned by a management-team member (who may ask a
/// behandelaar to do the work, see Signal.Handler.cs) until it is closed with an answer for the person who raised it. Every change goes through a transition that can refuse.
/// </summary>
public sealed partial class Signal
{
    public Guid Id { get; set; }
    public required string Reference { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string Category { get; set; }
    public Guid? SourceCasusId { get; set; }
    public required string OwnerAadObjectId { get; set; }
    public required string OwnerName { get; set; }
    public string? OwnerMt { get; set; }
    public string? TransferToAadObjectId { get; set; }
    public string? TransferToName { get; set; }
    public string? TransferToMt { get; set; }
    public DateOnly DueDate { get; set; }
    public required string Status { get; set; }
    public string? Resolution { get; set; }
    public string? ResolutionText { get; set; }
    public string? Motivation { get; set; }
    public string? LatestNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset LastOwnerUpdateAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset? SnoozedUntil { get; set; }
    public long Version { get; set; }

    /// <summary>The form submission that registered it directly (see CardNonce), unique: sent again, it registers nothing new.</summary>
    public string? Nonce { get; set; }

    public bool IsOwnedBy(string? aadObjectId) => string.Equals(OwnerAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);

    public SignalChange PickUp(string by, DateTimeOffset at) =>
        !MayWorkOn(by) ? SignalChange.Refused(SignalsTextKeys.SignalNotOwner)
        : Status != SignalStatus.New ? SignalChange.Refused(SignalsTextKeys.SignalInvalid)
        : Apply(at, () => Status = SignalStatus.PickedUp, "opgepakt");

    public SignalChange Update(string by, string note, DateTimeOffset at) =>
        !MayWorkOn(by) ? SignalChange.Refused(SignalsTextKeys.SignalNotOwner)
        : Status is not (SignalStatus.New or SignalStatus.PickedUp or SignalStatus.InProgress) ? SignalChange.Refused(SignalsTextKeys.SignalInvalid)
        : string.IsNullOrWhiteSpace(note) ? SignalChange.Refused(SignalsTextKeys.SignalNoteRequired)
        : Apply(at, () => { Status = SignalStatus.InProgress; LatestNote = note; }, "status-bijgewerkt");

    public SignalChange Close(string by, string resolution, string textForAuthor, string? motivation, DateTimeOffset at)
    {
        if (!MayWorkOn(by)) return SignalChange.Refused(SignalsTextKeys.SignalNotOwner);
        if (Status is SignalStatus.Closed or SignalStatus.Transferring) return SignalChange.Refused(SignalsTextKeys.SignalInvalid);
        if (!SignalResolution.All.Contains(resolution)) return SignalChange.Refused(SignalsTextKeys.SignalUnknownResolution);
        if (string.IsNullOrWhiteSpace(textForAuthor)) return SignalChange.Refused(SignalsTextKeys.SignalResolutionTextRequired);
        if (resolution == SignalResolution.NotAdopted && string.IsNullOrWhiteSpace(motivation)) return SignalChange.Refused(SignalsTextKeys.SignalMotivationRequired);
        return Apply(at, () =>
        {
            Status = SignalStatus.Closed;
            Resolution = resolution;
            ResolutionText = textForAuthor;
            Motivation = motivation;
            ClosedAt = at;
            SnoozedUntil = null;
        }, "afgerond");
    }

    /// <summary>Offers the signal to a new owner; it stays with the current owner until the new one accepts.</summary>
    public SignalChange Transfer(string by, SignalOwner to, DateTimeOffset at) =>
        !IsOwnedBy(by) ? SignalChange.Refused(SignalsTextKeys.SignalNotOwner)
        : !SignalStatus.IsOpen(Status) || Status == SignalStatus.Transferring ? SignalChange.Refused(SignalsTextKeys.SignalInvalid)
        : IsOwnedBy(to.AadObjectId) ? SignalChange.Refused(SignalsTextKeys.SignalTransferToSelf)
        : Apply(at, () =>
        {
            Status = SignalStatus.Transferring;
            TransferToAadObjectId = to.AadObjectId;
            TransferToName = to.Name;
            TransferToMt = to.Mt;
        }, "overgedragen");

    public SignalChange AcceptTransfer(string by, DateTimeOffset at) =>
        Status != SignalStatus.Transferring || !string.Equals(TransferToAadObjectId, by, StringComparison.OrdinalIgnoreCase)
            ? SignalChange.Refused(SignalsTextKeys.SignalNotOffered)
            : Apply(at, () =>
            {
                OwnerAadObjectId = TransferToAadObjectId!;
                OwnerName = TransferToName ?? "";
                OwnerMt = TransferToMt;
                TransferToAadObjectId = TransferToName = TransferToMt = null;
                Status = SignalStatus.PickedUp;
                ResetFollowUp();
                ClearHandler();
            }, "overdracht-aanvaard");

    public SignalChange DeclineTransfer(string by, DateTimeOffset at) =>
        Status != SignalStatus.Transferring || !string.Equals(TransferToAadObjectId, by, StringComparison.OrdinalIgnoreCase)
            ? SignalChange.Refused(SignalsTextKeys.SignalNotOffered)
            : Apply(at, () =>
            {
                TransferToAadObjectId = TransferToName = TransferToMt = null;
                Status = SignalStatus.PickedUp;
            }, "overdracht-geweigerd");

    /// <summary>"Later herinneren": no reminder before <paramref name="until"/>, at most <paramref name="maximum"/> ahead.</summary>
    public SignalChange Snooze(string by, DateTimeOffset until, TimeSpan maximum, DateTimeOffset at) =>
        !MayWorkOn(by) ? SignalChange.Refused(SignalsTextKeys.SignalNotOwner)
        : !SignalStatus.IsOpen(Status) ? SignalChange.Refused(SignalsTextKeys.SignalInvalid)
        : until <= at || until - at > maximum ? SignalChange.Refused(SignalsTextKeys.SignalSnoozeTooLong)
        : Apply(at, () => SnoozedUntil = until, "later-herinneren", ownerUpdate: false);

    public SignalChange MoveDueDate(string by, DateOnly due, DateTimeOffset at) =>
        !MayWorkOn(by) ? SignalChange.Refused(SignalsTextKeys.SignalNotOwner)
        : !SignalStatus.IsOpen(Status) ? SignalChange.Refused(SignalsTextKeys.SignalInvalid)
        : Apply(at, () => { DueDate = due; ResetFollowUp(); }, "termijn-verplaatst");

    private SignalChange Apply(DateTimeOffset at, Action change, string action, bool ownerUpdate = true)
    {
        change();
        UpdatedAt = at;
        if (ownerUpdate) LastOwnerUpdateAt = at;
        Version++;
        return SignalChange.Done(action);
    }
}
