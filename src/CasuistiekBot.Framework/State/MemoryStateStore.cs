using System.Collections.Concurrent;

namespace CasuistiekBot.Framework.State;

/// <summary>An in-process state store with the same ETag rules as the durable ones; for tests and benchmarks.</summary>
public sealed class MemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, StoredState> _items = new(StringComparer.Ordinal);
    private long _version;

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryGetValue(key, out var item) ? item : null);

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var next = new StoredState(json, Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (expectedETag == "*")
        {
            _items[key] = next;
        }
        else if (expectedETag is null)
        {
            if (!_items.TryAdd(key, next)) throw new StateConflictException(key);
        }
        else if (!_items.TryGetValue(key, out var current) || current.ETag != expectedETag || !_items.TryUpdate(key, next, current))
        {
            throw new StateConflictException(key);
        }
        return Task.FromResult(next.ETag);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _items.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
