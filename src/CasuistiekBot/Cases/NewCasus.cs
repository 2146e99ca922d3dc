namespace CasuistiekBot.Cases;

/// <summary>
/// Everything the intake knows when the author confirms; all text already scrubbed. <paramref name="Urgent"/> says
/// acute danger was mentioned; <paramref name="AcuteDanger"/> names its kinds;
/// <paramref name="Memory"/> is the scrubber's memory, kept so that later additions keep the same placeholders.
/// </summary>
public sealed record NewCasus(
    string AuthorAadObjectId,
    string? AuthorName,
    string AuthorChannelId,
    string AuthorConversationId,
    string Visibility,
    string Language,
    string Story,
    string? Situation,
    string? Chafes,
    string? Tried,
    string Wish,
    DateOnly? Deadline,
    string? OrgUnit,
    string RoutesJson,
    IReadOnlyList<string> Themes,
    string Replacements,
    bool SafetyConcern,
    bool Urgent = false,
    IReadOnlyList<string>? AcuteDanger = null,
    Privacy.ScrubMemory? Memory = null);
