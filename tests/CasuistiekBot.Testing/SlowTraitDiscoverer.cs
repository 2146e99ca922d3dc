using Xunit.Abstractions;
using Xunit.Sdk;

namespace CasuistiekBot.Testing;

/// <summary>Gives every attribute that names it the trait <c>Speed=Slow</c> (see <see cref="TestSpeed"/>).</summary>
public sealed class SlowTraitDiscoverer : ITraitDiscoverer
{
    public const string TypeName = "CasuistiekBot.Testing.SlowTraitDiscoverer";
    public const string AssemblyName = "CasuistiekBot.Testing";

    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) =>
        [new(TestSpeed.Trait, TestSpeed.Slow)];
}
