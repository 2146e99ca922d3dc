namespace CasuistiekBot.Testing;

/// <summary>Where a test's <c>FakeTimeProvider</c> starts when the test names no moment of its own.</summary>
public static class TestClock
{
    /// <summary>Monday 2 November 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
}
