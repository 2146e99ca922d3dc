using CasuistiekBot.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Privacy;

public sealed class PrivacyServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(string? key)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(key is null ? [] : [new("Privacy:FingerprintKey", key)])
            .Build();
        return new ServiceCollection().AddPrivacy(configuration).BuildServiceProvider();
    }

    [Fact]
    public void The_scrubber_and_the_command_resolve_with_a_configured_key()
    {
        using var services = Build("a-long-enough-fingerprint-key");

        Assert.Equal("a-long-enough-fingerprint-key", services.GetRequiredService<IOptions<PrivacyOptions>>().Value.FingerprintKey);
        Assert.Equal("BSN [BSN-1]", services.GetRequiredService<PersonalDataScrubber>().Scrub("BSN 725763863", ScrubMemory.Create()).Text);
        Assert.NotNull(services.GetRequiredService<ScrubCommand>());
    }

    [Fact]
    public void Without_a_key_the_scrubber_still_works()
    {
        using var services = Build(null);

        Assert.Equal("BSN [BSN-1]", services.GetRequiredService<PersonalDataScrubber>().Scrub("BSN 725763863", ScrubMemory.Create()).Text);
    }

    [Fact]
    public void A_short_key_is_rejected()
    {
        using var services = Build("short");

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<PersonalDataScrubber>());
    }
}
