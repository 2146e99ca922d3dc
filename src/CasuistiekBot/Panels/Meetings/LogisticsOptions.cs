namespace CasuistiekBot.Panels.Meetings;

/// <summary>Section <c>Meetings</c>: the calendar link on the invitation and the background job that creates Teams meetings.</summary>
public sealed class LogisticsOptions
{
    public const string Section = "Meetings";

    /// <summary>
    /// The bot's public HTTPS address (e.g. https://casuistiek.example.nl); the invitation's calendar link points there.
    /// Without it the invitation carries no calendar link.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a session lasts in the calendar and the Teams meeting.</summary>
    public TimeSpan SessionLength { get; set; } = TimeSpan.FromMinutes(90);

    /// <summary>A calendar link works until this long after the session's start.</summary>
    public TimeSpan LinkValidAfterSession { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the job looks for panels that need a Teams meeting.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The first wait after a failed attempt without Retry-After; doubled each time up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts the job gives up on a panel and says so in the log.</summary>
    public int MaxAttempts { get; set; } = 12;
}
