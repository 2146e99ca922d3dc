using CasuistiekBot.Threads;

namespace CasuistiekBot.Tests.Threads;

public sealed class PastReadingsTests
{
    private static readonly ThreadReader Reader = SimilarityKit.Reader();
    private static readonly Guid Item = Guid.NewGuid();

    [Fact]
    public void A_kept_reading_is_found_while_the_law_is_the_same()
    {
        var past = new PastReadings();
        var reading = Read("De vreemdelingenbewaring van een gezin met kinderen");

        past.Keep(ThreadText.Casus, Item, reading, "Vreemdelingenwet");

        Assert.Same(reading, past.Find(ThreadText.Casus, Item, "Vreemdelingenwet"));
    }

    [Theory]
    [InlineData("Participatiewet")]
    [InlineData(null)]
    public void A_reading_is_not_found_once_a_coordinator_set_another_law(string? law)
    {
        var past = new PastReadings();
        past.Keep(ThreadText.Casus, Item, Read("De vreemdelingenbewaring van een gezin"), "Vreemdelingenwet");

        Assert.Null(past.Find(ThreadText.Casus, Item, law));
    }

    [Fact]
    public void A_signal_and_a_casus_with_the_same_id_are_kept_apart()
    {
        var past = new PastReadings();
        past.Keep(ThreadText.Signal, Item, Read("Een signaal over bewaring"), "Vreemdelingenwet");

        Assert.Null(past.Find(ThreadText.Casus, Item, "Vreemdelingenwet"));
        Assert.NotNull(past.Find(ThreadText.Signal, Item, "Vreemdelingenwet"));
    }

    private static SimilarityModel.Prepared Read(string text) => Reader.Read(ThreadText.Casus, text, null);
}
