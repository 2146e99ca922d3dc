namespace CasuistiekBot.Delivery;

/// <summary>
/// The idempotency key of a proactive message, built from parts ("signal-reminder", id, day → signal-reminder:…:2026-12-07).
/// A key made of fewer parts names a group: <see cref="IOutbox.CancelPendingAsync"/> drops the pending messages of a group.
/// Keys are compared whole, so no slice needs to know how another slice's keys are spelled.
/// </summary>
public readonly record struct OutboxKey
{
    private const char Separator = ':';

    private OutboxKey(string value) => Value = value;

    public string Value { get; }

    public static OutboxKey Of(string kind, params object[] parts) =>
        new(string.Join(Separator, [kind, .. parts.Select(Part)]));

    /// <summary>A key stored before keys were typed, or read back from the table.</summary>
    public static OutboxKey Parse(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return new(value);
    }

    public OutboxKey Then(params object[] parts) => new(string.Join(Separator, [Value, .. parts.Select(Part)]));

    internal string GroupPrefix => Value + Separator;

    public override string ToString() => Value;

    private static string Part(object part) => part switch
    {
        Guid id => id.ToString("N"),
        DateOnly day => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => part.ToString() ?? "",
    };
}
