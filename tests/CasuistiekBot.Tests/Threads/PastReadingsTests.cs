using CasuistiekBot.Threads;

namespace CasuistiekBot.Tests.Threads;

public sealed class PastReadingsTests
{
    private static readonly Guid Casus = Guid.NewGuid();

    [Fact]
    public void A_kept_reading_is_found_while_what_can_change_is_the_same()
    {
        var past = new PastReadings();
        var reading = Read("De vreemdelingenbewaring van een gezin met kinderen");

        past.Keep(ThreadText.Casus, Casus, reading, "Vreemdelingenwet", "bewaring,gezin", "[{\"route\":\"spreekuur\"}]");

        Assert.Same(reading, past.Find(ThreadText.Casus, Casus, "Vreemdelingenwet", "bewaring,gezin", "[{\"route\":\"spreekuur\"}]"));
    }

    [Theory]
    [InlineData("Participatiewet", "bewaring,gezin", "[{\"route\":\"spreekuur\"}]")]
    [InlineData("Vreemdelingenwet", "bewaring", "[{\"route\":\"spreekuur\"}]")]
    [InlineData("Vreemdelingenwet", "bewaring,gezin", "[{\"route\":\"vertrouwenspersoon\"}]")]
    [InlineData(null, "bewaring,gezin", "[{\"route\":\"spreekuur\"}]")]
    public void A_reading_is_not_found_once_its_law_themes_or_advice_changed(string? law, string themes, string routes)
    {
        var past = new PastReadings();
        past.Keep(ThreadText.Casus, Casus, Read("De vreemdelingenbewaring van een gezin"), "Vreemdelingenwet", "bewaring,gezin", "[{\"route\":\"spreekuur\"}]");

        Assert.Null(past.Find(ThreadText.Casus, Casus, law, themes, routes));
    }

    [Fact]
    public void A_signal_and_a_casus_with_the_same_id_are_kept_apart()
    {
        var past = new PastReadings();
        past.Keep(ThreadText.Signal, Casus, Read("Een signaal over bewaring"), "Vreemdelingenwet");

        Assert.Null(past.Find(ThreadText.Casus, Casus, "Vreemdelingenwet"));
        Assert.NotNull(past.Find(ThreadText.Signal, Casus, "Vreemdelingenwet"));
    }

    private static readonly ThreadReader Reader = SimilarityKit.Reader();

    private static SimilarityModel.Prepared Read(string text) => Reader.Read(ThreadText.Casus, text, null);
}
