namespace CasuistiekBot.Sessions;

/// <summary>
/// What a Spreekuur session came to, recorded once per casus by a coordinator: the shared view (scrubbed). Its action
/// points and the signals it raised are rows of their own; the key on the casus makes a second recording impossible.
/// </summary>
public sealed class SessionOutcome
{
    public Guid CasusId { get; set; }
    public required string SharedView { get; set; }
    public required string RecordedByName { get; set; }
    public required string RecordedByAadObjectId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The form submission that recorded it (see CardNonce), unique: sent again, it gets this outcome back.</summary>
    public string? Nonce { get; set; }
}
