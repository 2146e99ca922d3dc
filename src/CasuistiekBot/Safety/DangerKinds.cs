namespace CasuistiekBot.Safety;

/// <summary>The names of <see cref="DangerKind"/> as they are kept in dialog state and written by the <c>danger</c> command.</summary>
internal static class DangerKinds
{
    public const string Suicide = "suicide";
    public const string Violence = "violence";
    public const string Child = "child";
    public const string Staff = "staff";

    public static IReadOnlyList<string> Names(DangerKind kinds)
    {
        var names = new List<string>();
        if (kinds.HasFlag(DangerKind.Suicide)) names.Add(Suicide);
        if (kinds.HasFlag(DangerKind.Violence)) names.Add(Violence);
        if (kinds.HasFlag(DangerKind.Child)) names.Add(Child);
        if (kinds.HasFlag(DangerKind.Staff)) names.Add(Staff);
        return names;
    }

    public static DangerKind Parse(IEnumerable<string> names) => names.Aggregate(DangerKind.None, (kinds, name) => kinds | name switch
    {
        Suicide => DangerKind.Suicide,
        Violence => DangerKind.Violence,
        Child => DangerKind.Child,
        Staff => DangerKind.Staff,
        _ => DangerKind.None,
    });
}
