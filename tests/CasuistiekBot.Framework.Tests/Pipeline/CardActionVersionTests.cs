using System.Text.Json;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Framework.Tests.Pipeline;

public sealed class CardActionVersionTests
{
    [Theory]
    [InlineData("""{"version":"7"}""", true)]
    [InlineData("""{"version":7}""", true)]
    [InlineData("""{"version":"6"}""", false)]      // the card showed an older state
    [InlineData("""{"version":"7.0"}""", false)]
    [InlineData("""{"version":" 7"}""", false)]
    [InlineData("""{"version":"007x"}""", false)]    // tampered
    [InlineData("""{"version":null}""", false)]
    [InlineData("""{}""", false)]
    [InlineData("""[7]""", false)]
    public void A_card_shows_the_current_version_only_when_its_version_field_is_exactly_that_number(string data, bool shows)
    {
        var action = new CardAction("demo.act", JsonDocument.Parse(data).RootElement, IsInvoke: true, Trigger: null, CardActivityId: null);

        Assert.Equal(shows, action.ShowsVersion(7));
    }
}
