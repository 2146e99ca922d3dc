namespace CasuistiekBot.Assistant;

/// <summary>A proposal for the intake fields, drafted from the story; the inbrenger still confirms every field.</summary>
/// <param name="Wants">One of <see cref="CasusWants"/>, or null when the story does not say.</param>
internal sealed record CasusDraft(
    string? Situation,
    string? Chafes,
    string? Tried,
    string? Wants,
    DateOnly? Deadline,
    string? Summary)
{
    public bool IsEmpty => this == Empty;

    public static CasusDraft Empty { get; } = new(null, null, null, null, null, null);
}
