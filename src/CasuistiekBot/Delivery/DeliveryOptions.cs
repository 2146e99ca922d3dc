namespace CasuistiekBot.Delivery;

/// <summary>Section <c>Delivery</c>. The rate limits are Teams' (bot-protocol.md A4) and count per app instance.</summary>
internal sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Off on instances that should only serve the messaging endpoint; messages then wait for another instance.</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>Sends per second for the whole app; Teams allows 50 per app per tenant (older documents: 30).</summary>
    public int GlobalPerSecond { get; set; } = 30;

    /// <summary>Sends per second into one conversation (Teams: 7; its 8 per 2 s and 60 per 30 s apply as well).</summary>
    public int PerConversationPerSecond { get; set; } = 7;

    public int PerConversationPerHour { get; set; } = 1800;

    /// <summary>
    /// How much longer than Teams' own each window is kept here. Teams counts a send when the request arrives, a few
    /// milliseconds after the worker took its slot and not always equally late, so a send exactly one window after another
    /// can arrive inside Teams' window and be refused.
    /// </summary>
    public TimeSpan RateMargin { get; set; } = TimeSpan.FromMilliseconds(15);

    /// <summary>How often the worker looks for due messages when nobody wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the outbox's backlog is measured for the metrics.</summary>
    public TimeSpan BacklogSampleInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages claimed at once; small, so a crashed instance strands few and others share the work.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Conversations served in parallel; messages into one conversation go one after another.</summary>
    public int MaxParallelConversations { get; set; } = 8;

    /// <summary>How long a claim holds; must outlast one connector call (Bot:Connector:TotalTimeout) or another instance may send too.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts (throttled ones included) before a message becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A rate-limit wait up to this long happens in the worker; a longer one puts the message back with a later due time.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The bot's Teams id (28:…) for creating 1:1 chats; filled from <c>Bot:Id</c>, else taken from stored conversations or MicrosoftAppId.</summary>
    public string? BotId { get; set; }

    public const int MaxGlobalPerSecond = 50;
    public const int TeamsPerConversationPerSecond = 7;
    public const int TeamsPerConversationPerHour = 1800;
}
