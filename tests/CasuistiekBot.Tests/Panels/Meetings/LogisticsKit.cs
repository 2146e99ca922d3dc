using System.Text.RegularExpressions;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Panels.Meetings;

/// <summary>A bot with a public address for calendar links, optionally Graph, on a fake clock.</summary>
internal static partial class LogisticsKit
{
    public const string PublicBaseUrl = "https://bot.example.test";

    // Friday 27 November 2026, 10:00 in Amsterdam; the session is on Thursday 10 December at 14:00 (13:00 UTC).
    public static readonly DateTimeOffset FridayMorning = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly SessionDay = new(2026, 12, 10);

    public static Task<BotApp> StartAsync(FakeTimeProvider clock, FakeGraphServer? graph = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Meetings:PublicBaseUrl"] = PublicBaseUrl,
            // The test runs the job itself; the app's own loop waits a day between rounds.
            ["Meetings:CheckInterval"] = "1.00:00:00",
        };
        foreach (var (key, value) in graph?.Settings() ?? []) settings[key] = value;
        return PanelKit.StartAsync(clock, settings);
    }

    /// <summary>The calendar link on a card, as the app wrote it.</summary>
    public static string CalendarLink(string card) =>
        CalendarUrl().Match(card) is { Success: true } match ? match.Value : throw new InvalidOperationException("No calendar link on the card.");

    /// <summary>The path to ask the in-process app for (the public address is the reverse proxy's).</summary>
    public static string PathOf(string link) => new Uri(link).PathAndQuery;

    [GeneratedRegex(@"https://bot\.example\.test/calendar/[A-Za-z0-9_\-]+\.ics")]
    private static partial Regex CalendarUrl();
}
