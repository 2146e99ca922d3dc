namespace CasuistiekBot.Cases;

/// <summary>
/// The only way a casus changes status. Each move is listed; anything else is refused and leaves the casus untouched,
/// so a stale click or a forged action can never skip a step (e.g. afgerond before besproken). A move that applies
/// bumps <see cref="Version"/>, the token that makes concurrent changes fail instead of overwrite.
/// </summary>
public sealed partial class Casus
{
    /// <summary>A coordinator's question starts the triage (or keeps it going).</summary>
    public CasusTransition Ask(DateTimeOffset at) => Move(CasusStatus.InTriage, at, CasusStatus.Submitted, CasusStatus.InTriage);

    /// <summary>The triage decision: to the Spreekuur (it stays in triage until the panel is invited), referred, or rejected.</summary>
    public CasusTransition Decide(TriageVerdict verdict, DateTimeOffset at) => verdict switch
    {
        TriageVerdict.Spreekuur => Move(CasusStatus.InTriage, at, CasusStatus.Submitted, CasusStatus.InTriage),
        TriageVerdict.Referred => Move(CasusStatus.Referred, at, CasusStatus.Submitted, CasusStatus.InTriage),
        _ => Move(CasusStatus.Rejected, at, CasusStatus.Submitted, CasusStatus.InTriage),
    };

    /// <summary>The panel is invited for a date.</summary>
    public CasusTransition Schedule(DateTimeOffset at) => Move(CasusStatus.Scheduled, at, CasusStatus.InTriage);

    /// <summary>The session moved to another slot; the casus stays scheduled but every card showing the old slot is stale.</summary>
    public CasusTransition Reschedule(DateTimeOffset at) => Move(CasusStatus.Scheduled, at, CasusStatus.Scheduled);

    /// <summary>The session's outcome is recorded.</summary>
    public CasusTransition Discuss(DateTimeOffset at) => Move(CasusStatus.Discussed, at, CasusStatus.Scheduled);

    /// <summary>Finished: its follow-up is done, or a coordinator closes it.</summary>
    public CasusTransition Close(DateTimeOffset at) => Move(CasusStatus.Closed, at, CasusStatus.Discussed);

    /// <summary>The author takes the casus back, with a reason, as long as it has not been discussed.</summary>
    public CasusTransition Withdraw(string reason, DateTimeOffset at)
    {
        var moved = Move(CasusStatus.Withdrawn, at, CasusStatus.Submitted, CasusStatus.InTriage, CasusStatus.Scheduled);
        if (moved.Succeeded) WithdrawnReason = reason;
        return moved;
    }

    private CasusTransition Move(string to, DateTimeOffset at, params string[] from)
    {
        var current = Status;
        if (!from.Contains(current)) return CasusTransition.Refused(current, to);
        Status = to;
        UpdatedAt = at;
        if (!CasusStatus.IsOpen(to)) ClosedAt = at;
        Version++;
        return CasusTransition.Done(current, to);
    }
}
