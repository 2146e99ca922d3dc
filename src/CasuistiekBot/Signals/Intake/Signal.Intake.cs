using CasuistiekBot.Signals.Intake;

namespace CasuistiekBot.Signals;

/// <summary>
/// Where a signal came from, and the intake of a signal an employee reported directly ("signaal melden"): it waits as
/// <see cref="SignalStatus.Reported"/> until a signal keeper accepts it (with an owner), merges it into an open signal
/// or declines it with a reason. The reporter is not anonymous, but only keepers see who reported; the way back to the
/// reporter's chat is sealed like an author's route.
/// </summary>
public sealed partial class Signal
{
    /// <summary>One of <see cref="SignalSource.All"/>; null on signals from before sources were kept (see <see cref="SignalSource.Of"/>).</summary>
    public string? Source { get; set; }
    public string? SourceDescription { get; set; }

    /// <summary>The law or rule the reporter named, as typed (scrubbed).</summary>
    public string? ReportedRule { get; set; }
    public string? ReporterAadObjectId { get; set; }
    public string? ReporterName { get; set; }

    /// <summary>The reporter's chat with the bot, sealed (Cases.AuthorRouteSeal); only the author messenger opens it.</summary>
    public string? ReporterRoute { get; set; }
    public string? ReporterLanguage { get; set; }

    /// <summary>The open signal a reported one was merged into; its reporter hears when that one closes.</summary>
    public Guid? MergedIntoId { get; set; }
    public string? DeclineReason { get; set; }

    public bool IsReported => Status == SignalStatus.Reported;

    /// <summary>A keeper accepts a reported signal: it gets its owner and due date and enters the owner flow as nieuw.</summary>
    public SignalChange AcceptReported(SignalOwner owner, string category, DateOnly due, DateTimeOffset at) =>
        !IsReported ? SignalChange.Refused(SignalsTextKeys.SignalInvalid)
        : string.IsNullOrWhiteSpace(owner.AadObjectId) ? SignalChange.Refused(SignalsTextKeys.SignalOwnerRequired)
        : !SignalCategory.All.Contains(category) ? SignalChange.Refused(SignalsTextKeys.SignalUnknownCategory)
        : Apply(at, () =>
        {
            OwnerAadObjectId = owner.AadObjectId;
            OwnerName = owner.Name;
            OwnerMt = owner.Mt;
            Category = category;
            DueDate = due;
            Status = SignalStatus.New;
            ResetFollowUp();
        }, "aanvaard");

    /// <summary>A keeper merges a reported signal into another signal still in the owner flow.</summary>
    public SignalChange MergeInto(Signal target, DateTimeOffset at) =>
        !IsReported ? SignalChange.Refused(SignalsTextKeys.SignalInvalid)
        : target.Id == Id || !SignalStatus.IsOpen(target.Status) ? SignalChange.Refused(SignalsIntakeTextKeys.SignalReportMergeTargetNotOpen)
        : Apply(at, () =>
        {
            Status = SignalStatus.Merged;
            MergedIntoId = target.Id;
            ClosedAt = at;
        }, "samengevoegd");

    /// <summary>A keeper declines a reported signal; the reason is required, because the reporter is told it.</summary>
    public SignalChange DeclineReported(string reason, DateTimeOffset at) =>
        !IsReported ? SignalChange.Refused(SignalsTextKeys.SignalInvalid)
        : string.IsNullOrWhiteSpace(reason) ? SignalChange.Refused(SignalsIntakeTextKeys.SignalReportDeclineReasonRequired)
        : Apply(at, () =>
        {
            Status = SignalStatus.Declined;
            DeclineReason = reason;
            ClosedAt = at;
        }, "afgewezen");
}
