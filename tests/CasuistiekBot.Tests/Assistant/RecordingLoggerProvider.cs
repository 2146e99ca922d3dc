using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Tests.Assistant;

// Keeps every log entry with its structured properties and exception, so tests can check what reached the logs.
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries { get { lock (_gate) return _entries.ToList(); } }

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose() { }

    private sealed class Recorder(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            var entry = new LogEntry(logLevel, category, formatter(state, exception), properties.ToDictionary(p => p.Key, p => p.Value), exception);
            lock (owner._gate) owner._entries.Add(entry);
        }
    }
}

internal sealed record LogEntry(
    LogLevel Level, string Category, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception)
{
    // Everything a log sink could write out for this entry.
    public string Everything => string.Join("\n",
        new[] { Message, Exception?.ToString() }.Concat(Properties.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
}
