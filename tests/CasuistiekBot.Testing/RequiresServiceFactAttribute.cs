namespace CasuistiekBot.Testing;

/// <summary>
/// A test that needs a real server (PostgreSQL, Redis, Node, Chromium) named by an environment variable.
/// Locally it is skipped when the variable is absent; under CI=true it runs and fails instead of skipping.
/// </summary>
public sealed class RequiresServiceFactAttribute : FactAttribute
{
    public RequiresServiceFactAttribute(string environmentVariable)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(environmentVariable)) && !TestEnvironment.IsCi)
        {
            Skip = $"{environmentVariable} is not set (scripts/test.sh starts the server and sets it)";
        }
    }
}
