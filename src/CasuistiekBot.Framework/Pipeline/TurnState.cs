namespace CasuistiekBot.Framework.Pipeline;

/// <summary>A small typed bag for values that live exactly one turn.</summary>
public sealed class TurnState
{
    private readonly Dictionary<Type, object> _values = [];

    public void Set<T>(T value) where T : class => _values[typeof(T)] = value;

    public T? Get<T>() where T : class => _values.TryGetValue(typeof(T), out var v) ? (T)v : null;

    public bool Remove<T>() where T : class => _values.Remove(typeof(T));
}
