using System.Collections.Concurrent;

namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>In-process deduplication; claims expire after a window well beyond the channel's retry horizon.</summary>
public sealed class MemoryActivityDeduplicator(TimeProvider clock) : IActivityDeduplicator
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _claims = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        SweepIfDue(now);
        if (_claims.TryAdd(key, now)) return ValueTask.FromResult(true);
        if (_claims.TryGetValue(key, out var at) && now - at > Window && _claims.TryUpdate(key, now, at)) return ValueTask.FromResult(true);
        return ValueTask.FromResult(false);
    }

    public ValueTask ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        _claims.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now < _nextSweep) return;
        _nextSweep = now + TimeSpan.FromMinutes(1);
        foreach (var (key, at) in _claims)
        {
            if (now - at > Window) _claims.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, at));
        }
    }
}
