namespace CasuistiekBot.Tests.Architecture;

/// <summary>
/// What the architecture does not keep yet, written down so that it can only shrink. Remove a line when the code no
/// longer does it (the tests say so); never add one.
/// </summary>
internal static class KnownDebt
{
    /// <summary>The dashboard is a read model over every slice's tables, by design ("Type:Entity").</summary>
    public static readonly IReadOnlySet<string> DashboardReadModel = new HashSet<string>(StringComparer.Ordinal)
    {
        "DashboardQueries:Signal", "DashboardQueries:Casus", "DashboardQueries:TriageDecision", "SignalHistory:Signal", "SignalHistory:Casus",
    };

    /// <summary>Dependencies that close a cycle between slices ("From → To"); each one is a cut still to make.</summary>
    public static readonly string[] CycleEdges =
    [
    ];

    /// <summary>Reads and writes of another slice's table; the owning slice should offer the query or the change instead.</summary>
    public static readonly string[] ForeignTableAccesses =
    [
    ];

    /// <summary>Framework files that still hold Dutch or English product text, a culture or the home time zone.</summary>
    public static readonly string[] FrameworkFilesWithProductText =
    [
    ];
}
