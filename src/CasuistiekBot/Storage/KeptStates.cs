using System.Collections.Concurrent;
using CasuistiekBot.Framework.State;

namespace CasuistiekBot.Storage;

/// <summary>
/// What <see cref="DbStateStore"/> last read or wrote per key, when the bot is the one instance writing its state (on
/// SQLite, README), so that a turn's reads need not go to the database. The database stays the judge of every write: a
/// copy is set only after a write the database accepted, and dropped on a conflict, a delete or an unconditional write,
/// so that a copy that went stale costs one conflict and is then read again. Bounded: past the limit it starts over.
/// </summary>
internal sealed class KeptStates
{
    private const int MaxKept = 10_000;
    private static readonly Kept Absent = new(null);
    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    public bool TryGet(string key, out StoredState? state)
    {
        var found = _kept.TryGetValue(key, out var kept);
        state = kept?.State;
        return found;
    }

    /// <summary>What a read found (null: no state), unless a write already left something newer.</summary>
    public void Read(string key, StoredState? state)
    {
        Bound();
        _kept.TryAdd(key, state is null ? Absent : new Kept(state));
    }

    public void Written(string key, StoredState state)
    {
        Bound();
        _kept[key] = new Kept(state);
    }

    public void Forget(string key) => _kept.TryRemove(key, out _);

    private void Bound()
    {
        if (_kept.Count >= MaxKept) _kept.Clear();
    }

    private sealed record Kept(StoredState? State);
}
