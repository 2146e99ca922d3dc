namespace CasuistiekBot.Triage;

/// <summary>A coordinator's question to the author, relayed by the bot so that an anonymous author stays anonymous.</summary>
public sealed class CasusQuestion
{
    public long Id { get; set; }
    public Guid CasusId { get; set; }
    public required string AskedByName { get; set; }
    public required string AskedByAadObjectId { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public required string Question { get; set; }
    public string? Answer { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The card submission that asked it (see CardNonce), unique: a double click or a replay asks nothing twice.</summary>
    public string? Nonce { get; set; }
}
