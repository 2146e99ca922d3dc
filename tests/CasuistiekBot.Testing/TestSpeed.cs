namespace CasuistiekBot.Testing;

/// <summary>
/// The xUnit trait that splits the suite: tests that start a process, a server or a browser carry
/// <c>Speed=Slow</c>, and <c>scripts/test.sh --fast</c> runs the rest with <c>--filter Speed!=Slow</c>.
/// </summary>
public static class TestSpeed
{
    public const string Trait = "Speed";
    public const string Slow = "Slow";

    /// <summary>
    /// Set by <c>scripts/test.sh --fast</c>: no server was started, so a PostgreSQL row of a theory skips even under CI
    /// (a data row cannot carry a trait of its own, only its method can).
    /// </summary>
    public static bool IsFastRun => string.Equals(Environment.GetEnvironmentVariable("CASUISTIEK_TEST_FAST"), "true", StringComparison.OrdinalIgnoreCase);
}
