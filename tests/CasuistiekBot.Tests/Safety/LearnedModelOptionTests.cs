using CasuistiekBot.Safety;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Safety;

public sealed class LearnedModelOptionTests
{
    // Said without any word the rules list: money sent to a brother, and "soon he will no longer be".
    private const string Unlisted = "Meneer heeft vorige week al zijn spaargeld aan zijn broer overgemaakt en zegt dat hij binnenkort niet meer zal zijn.";

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void The_learned_model_reads_along_unless_the_configuration_turns_it_off(string? setting, bool found)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(setting is null ? [] : [new("Safety:LearnedModel", setting)])
            .Build();
        using var services = new ServiceCollection().AddSafety(configuration).BuildServiceProvider();

        var finding = services.GetRequiredService<AcuteDangerDetector>().Detect(Unlisted);

        Assert.Equal(found, finding.Found);
        if (found) Assert.Equal(DangerKind.Suicide, finding.Kinds);
    }
}
