using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Tests.Connector;

/// <summary>Keeps every log entry with its structured properties, so tests can read what the client logged.</summary>
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
            var entry = new LogEntry(logLevel, category, formatter(state, exception), properties.ToDictionary(p => p.Key, p => p.Value));
            lock (owner._gate) owner._entries.Add(entry);
        }
    }
}

internal sealed record LogEntry(LogLevel Level, string Category, string Message, IReadOnlyDictionary<string, object?> Properties);
