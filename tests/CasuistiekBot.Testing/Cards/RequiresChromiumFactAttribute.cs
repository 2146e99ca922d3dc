using Xunit.Sdk;

namespace CasuistiekBot.Testing.Cards;

/// <summary>
/// A test that screenshots with Chromium (<see cref="CardRenderer.ChromiumPath"/>). Skipped where no Chromium is
/// installed, except under CI=true, where it runs and fails instead of silently skipping. It carries the trait
/// <c>Speed=Slow</c>, so the fast suite leaves it out.
/// </summary>
[TraitDiscoverer(SlowTraitDiscoverer.TypeName, SlowTraitDiscoverer.AssemblyName)]
public sealed class RequiresChromiumFactAttribute : FactAttribute, ITraitAttribute
{
    public RequiresChromiumFactAttribute()
    {
        if (!File.Exists(CardRenderer.ChromiumPath) && !TestEnvironment.IsCi)
        {
            Skip = $"Chromium not found at {CardRenderer.ChromiumPath} (set CASUISTIEK_TEST_CHROMIUM to its path)";
        }
    }
}
