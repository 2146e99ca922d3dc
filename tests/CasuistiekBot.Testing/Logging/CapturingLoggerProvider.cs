using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Testing.Logging;

/// <summary>
/// Keeps every log entry at every level, with the formatted message and the formatted scopes around it, so a test can
/// check what would reach a console or a log store.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    /// <summary>Each entry as one string: level, category, message and scopes (no exception).</summary>
    public IReadOnlyList<string> Lines => [.. _entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {string.Join(" => ", e.Scopes)}")];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(string category, CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            List<string> scopes = [];
            owner._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
            owner._entries.Enqueue(new CapturedLogEntry(logLevel, category, formatter(state, exception), scopes, exception));
        }
    }
}
