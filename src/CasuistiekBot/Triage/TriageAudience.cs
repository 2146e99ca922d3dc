namespace CasuistiekBot.Triage;

/// <summary>
/// Whom one rendering of a triage card is for. The card posted to the channel is read by every member, so it never
/// shows a confidential author's name; it asks Teams for each coordinator's own view (<see cref="RefreshUserIds"/>),
/// and offers a button where Teams cannot be asked (<see cref="OffersReveal"/>). Only the answer to a coordinator's
/// own invoke shows the name.
/// </summary>
internal sealed record TriageAudience(bool ShowsConfidentialName, IReadOnlyList<string> RefreshUserIds, bool OffersReveal)
{
    /// <summary>For a card whose author line is the same for everyone (a named or anonymous casus).</summary>
    public static TriageAudience Everyone { get; } = new(false, [], false);
}
