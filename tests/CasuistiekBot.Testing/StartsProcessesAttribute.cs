using Xunit.Sdk;

namespace CasuistiekBot.Testing;

/// <summary>
/// Marks a test class or method that starts a process (node, a child dotnet, a private server) or a browser, so the
/// fast suite leaves it out. Tests with <see cref="RequiresServiceFactAttribute"/> or
/// <see cref="Cards.RequiresChromiumFactAttribute"/> are marked by those attributes already.
/// </summary>
[TraitDiscoverer(SlowTraitDiscoverer.TypeName, SlowTraitDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class StartsProcessesAttribute(string what) : Attribute, ITraitAttribute
{
    /// <summary>What the test starts, for the reader.</summary>
    public string What { get; } = what;
}
