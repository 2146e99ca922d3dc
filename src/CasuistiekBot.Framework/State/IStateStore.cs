namespace CasuistiekBot.Framework.State;

/// <summary>
/// Key/value storage for conversation and dialog state with optimistic concurrency.
/// Values are JSON documents; every successful write returns a new ETag.
/// </summary>
public interface IStateStore
{
    Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="json"/> when <paramref name="expectedETag"/> matches: <c>null</c> means "must not exist yet",
    /// <c>"*"</c> means unconditional. Throws <see cref="StateConflictException"/> otherwise.
    /// </summary>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
