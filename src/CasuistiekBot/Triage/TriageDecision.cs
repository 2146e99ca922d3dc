namespace CasuistiekBot.Triage;

/// <summary>What a coordinator decided about a casus, by whom and when (shown on the card for everyone).</summary>
public sealed class TriageDecision
{
    public Guid CasusId { get; set; }
    public required string Decision { get; set; }
    public string? Route { get; set; }
    public string? Motivation { get; set; }
    public required string DecidedByName { get; set; }
    public required string DecidedByAadObjectId { get; set; }
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The card submission that decided it (see CardNonce): its repeat gets the current card instead of "already decided".</summary>
    public string? Nonce { get; set; }
}
