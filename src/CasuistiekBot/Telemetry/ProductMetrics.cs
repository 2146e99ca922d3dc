using System.Diagnostics.Metrics;

namespace CasuistiekBot.Telemetry;

/// <summary>
/// The product's own metrics: deliveries from the outbox by result, the outbox's depth and the age of its oldest
/// waiting message, reminders and escalations sent, dead letters, and language-model calls and fallbacks. Every tag is
/// a word from a closed set; no id, name or text goes into a metric.
/// </summary>
internal sealed class ProductMetrics
{
    public const string Name = "CasuistiekBot";

    /// <summary>The activity source and meter of the language-model pipeline's own spans and metrics.</summary>
    public const string AssistantSource = "CasuistiekBot.Assistant";

    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _reminders;
    private readonly Counter<long> _deadLetters;
    private readonly Counter<long> _assistantCalls;
    private long _outboxDepth;
    private double _oldestAgeSeconds;

    public ProductMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _deliveries = meter.CreateCounter<long>("casuistiek.outbox.deliveries", "{message}", "Outbox messages handed to the connector, by result");
        _reminders = meter.CreateCounter<long>("casuistiek.reminders.sent", "{message}", "Reminders and escalations queued, by kind");
        _deadLetters = meter.CreateCounter<long>("casuistiek.outbox.dead_letters", "{message}", "Messages given up on, by reason");
        _assistantCalls = meter.CreateCounter<long>("casuistiek.assistant.calls", "{call}", "Language-model calls, by operation and outcome (answered or fell back)");
        meter.CreateObservableGauge("casuistiek.outbox.depth", () => Interlocked.Read(ref _outboxDepth), "{message}", "Messages waiting in the outbox");
        meter.CreateObservableGauge("casuistiek.outbox.oldest_age", () => Volatile.Read(ref _oldestAgeSeconds), "s", "Age of the oldest message waiting in the outbox");
    }

    /// <param name="result">sent, throttled, gone, too_large or failed.</param>
    public void Delivered(string result) => _deliveries.Add(1, new KeyValuePair<string, object?>("casuistiek.delivery.result", result));

    /// <param name="kind">reminder or escalation.</param>
    public void ReminderSent(string kind) => _reminders.Add(1, new KeyValuePair<string, object?>("casuistiek.reminder.kind", kind));

    public void DeadLetter(string reason) => _deadLetters.Add(1, new KeyValuePair<string, object?>("casuistiek.dead_letter.reason", reason));

    /// <param name="outcome">answered or fell_back.</param>
    public void AssistantCalled(string operation, string outcome) => _assistantCalls.Add(1,
        new KeyValuePair<string, object?>("casuistiek.assistant.operation", operation), new KeyValuePair<string, object?>("casuistiek.assistant.outcome", outcome));

    public void OutboxBacklog(long depth, TimeSpan oldestAge)
    {
        Interlocked.Exchange(ref _outboxDepth, depth);
        Volatile.Write(ref _oldestAgeSeconds, oldestAge.TotalSeconds);
    }
}
