namespace CasuistiekBot.Testing;

public static class TestEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of a required variable; under CI a missing one fails the test loudly.</summary>
    public static string Require(string environmentVariable) =>
        Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{environmentVariable} must be set: run the tests with scripts/test.sh");
}
