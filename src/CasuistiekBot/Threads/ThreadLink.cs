namespace CasuistiekBot.Threads;

/// <summary>
/// Two similar items linked: casus ↔ casus or casus ↔ signal (a signal can link several cases). The newer item is
/// <see cref="FromId"/>. Found by the similarity (with its score) or set by a coordinator (no score). No author in it.
/// </summary>
public sealed class ThreadLink
{
    public long Id { get; set; }
    public required string FromKind { get; set; }
    public Guid FromId { get; set; }
    public required string ToKind { get; set; }
    public Guid ToId { get; set; }

    /// <summary>The similarity score when found, null when linked by hand.</summary>
    public double? Score { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool Touches(Guid id) => FromId == id || ToId == id;

    public (string Kind, Guid Id) Other(Guid id) => FromId == id ? (ToKind, ToId) : (FromKind, FromId);
}

/// <summary>A casus the coordinators were already asked to raise a signal for, so a fourth similar casus asks no more.</summary>
public sealed class ThreadPrompt
{
    public Guid CasusId { get; set; }
    public DateTimeOffset PromptedAt { get; set; }
}
