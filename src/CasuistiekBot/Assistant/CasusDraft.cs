namespace CasuistiekBot.Assistant;

// A proposal for the intake fields, drafted from the story; the inbrenger still confirms every field.
// Wants is one of CasusWants, or null when the story does not say.
internal sealed record CasusDraft(
    string? Situation,
    string? Chafes,
    string? Tried,
    string? Wants,
    DateOnly? Deadline,
    string? Summary)
{
    public static CasusDraft Empty { get; } = new(null, null, null, null, null, null);

    public bool IsEmpty => this == Empty;
}
