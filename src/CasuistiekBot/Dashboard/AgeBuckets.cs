namespace CasuistiekBot.Dashboard;

/// <summary>The age histogram's buckets, in days since a signal was registered (upper bounds inclusive).</summary>
internal static class AgeBuckets
{
    public static readonly IReadOnlyList<(string Key, int From, int? To)> All =
    [
        ("0-7", 0, 7),
        ("8-30", 8, 30),
        ("31-90", 31, 90),
        ("91-180", 91, 180),
        ("181+", 181, null),
    ];

    public static string For(int ageDays) => All.First(b => ageDays >= b.From && (b.To is null || ageDays <= b.To)).Key;
}
