using System.Text.Json;

namespace CasuistiekBot.Assistant;

// Turns the model's draft JSON into a CasusDraft, keeping only values that pass validation.
internal static class CasusDraftReader
{
    public const int MaxFieldLength = 1000;
    public const int MaxSummaryLength = 600;

    // A deadline in the past or years ahead is more likely a misreading than a decision date.
    private const int MaxYearsAhead = 2;

    public static CasusDraft Read(JsonElement answer, DateOnly today) => new(
        Situation: AssistantJson.Text(answer, "situation", MaxFieldLength),
        Chafes: AssistantJson.Text(answer, "chafes", MaxFieldLength),
        Tried: AssistantJson.Text(answer, "tried", MaxFieldLength),
        Wants: ReadWants(answer),
        Deadline: AssistantJson.Date(answer, "deadline") is { } date && date >= today && date <= today.AddYears(MaxYearsAhead) ? date : null,
        Summary: AssistantJson.Text(answer, "summary", MaxSummaryLength));

    private static string? ReadWants(JsonElement answer)
    {
        var wants = AssistantJson.Text(answer, "wants", 40)?.ToLowerInvariant();
        return wants is not null && CasusWants.All.Contains(wants) ? wants : null;
    }
}
