namespace CasuistiekBot.Storage;

/// <summary>
/// Times stored next to a person's identity (their conversations, their state, their profile) are kept to the day: an
/// exact time there could be matched against the exact time an anonymous casus was submitted or answered.
/// </summary>
internal static class CoarseTime
{
    public static DateTimeOffset Day(DateTimeOffset at) => new(at.UtcDateTime.Date, TimeSpan.Zero);
}
