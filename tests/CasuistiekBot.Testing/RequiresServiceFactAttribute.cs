using Xunit.Sdk;

namespace CasuistiekBot.Testing;

/// <summary>
/// A test that needs a real server (PostgreSQL, Redis, Node, Chromium) named by an environment variable.
/// Locally it is skipped when the variable is absent; under CI=true it runs and fails instead of skipping.
/// It carries the trait <c>Speed=Slow</c>, so the fast suite leaves it out.
/// </summary>
[TraitDiscoverer(SlowTraitDiscoverer.TypeName, SlowTraitDiscoverer.AssemblyName)]
public sealed class RequiresServiceFactAttribute : FactAttribute, ITraitAttribute
{
    public RequiresServiceFactAttribute(string environmentVariable)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(environmentVariable)) && !TestEnvironment.IsCi)
        {
            Skip = $"{environmentVariable} is not set (scripts/test.sh starts the server and sets it)";
        }
    }
}
