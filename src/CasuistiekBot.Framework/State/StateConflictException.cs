namespace CasuistiekBot.Framework.State;

/// <summary>Another writer changed the state since it was read.</summary>
public sealed class StateConflictException(string key)
    : Exception($"The state under '{key}' was changed by another writer.")
{
    public string Key { get; } = key;
}
