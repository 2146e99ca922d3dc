using CasuistiekBot.Framework.State;

namespace CasuistiekBot.Framework.Tests.Dialogs;

// A memory store where, once armed, another writer changes a key right after the engine has read it.
internal sealed class InterferingStateStore : IStateStore
{
    private readonly MemoryStateStore _inner = new();

    public bool InterfereOnNextRead { get; set; }

    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var state = await _inner.ReadAsync(key, cancellationToken);
        if (InterfereOnNextRead && state is not null)
        {
            InterfereOnNextRead = false;
            await _inner.WriteAsync(key, state.Json, state.ETag, cancellationToken);
        }
        return state;
    }

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken) =>
        _inner.WriteAsync(key, json, expectedETag, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => _inner.DeleteAsync(key, cancellationToken);
}
