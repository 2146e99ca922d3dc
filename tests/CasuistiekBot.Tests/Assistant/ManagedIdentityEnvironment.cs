using CasuistiekBot.Testing.Auth;

namespace CasuistiekBot.Tests.Assistant;

// Sets the App Service managed identity variables for the life of one test and puts back what was there.
internal sealed class ManagedIdentityEnvironment : IDisposable
{
    private static readonly string[] Names = ["IDENTITY_ENDPOINT", "IDENTITY_HEADER"];
    private readonly Dictionary<string, string?> _previous = Names.ToDictionary(n => n, Environment.GetEnvironmentVariable);

    private ManagedIdentityEnvironment() { }

    public static ManagedIdentityEnvironment PointTo(FakeManagedIdentityEndpoint endpoint)
    {
        var environment = new ManagedIdentityEnvironment();
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", endpoint.Endpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", FakeManagedIdentityEndpoint.Secret);
        return environment;
    }

    public void Dispose()
    {
        foreach (var (name, value) in _previous) Environment.SetEnvironmentVariable(name, value);
    }
}

// Tests that change process-wide environment variables run alone, after the parallel ones.
[CollectionDefinition(nameof(ProcessEnvironmentCollection), DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection;
