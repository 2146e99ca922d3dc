using CasuistiekBot.Routing;

namespace CasuistiekBot.Tests.Routing;

public sealed class ThemeExtractorTests
{
    private static readonly ThemeExtractor Extractor = new(RoutingTable.Default());

    [Theory]
    [InlineData("De asielaanvraag van deze jongen is afgewezen.", "asiel")]
    [InlineData("Een alleenstaande minderjarige vreemdeling van vijftien wacht op zijn voogd van Nidos.", "alleenstaande-minderjarige-vreemdelingen")]
    [InlineData("Het CJIB stuurde een aanmaning voor een verkeersboete.", "inning-en-boetes")]
    [InlineData("De moeder wil haar kinderen laten overkomen via gezinshereniging.", "gezinshereniging")]
    [InlineData("Hij zit in vreemdelingenbewaring in het detentiecentrum.", "vreemdelingenbewaring")]
    [InlineData("Sinds de storing in INDiGO kunnen we niet inloggen.", "ict")]
    [InlineData("The applicant is seriously ill and needs hospital care.", "medisch")]
    public void Themes_are_found_in_inflected_and_compound_words(string story, string theme)
    {
        Assert.Contains(theme, Extractor.Extract(story));
    }

    [Fact]
    public void Themes_are_ordered_by_how_many_of_their_signals_occur()
    {
        var themes = Extractor.Extract("Een vluchteling met een asielaanvraag in de Dublinprocedure ziet een arts.");

        Assert.Equal("asiel", themes[0]);
        Assert.Contains("medisch", themes);
    }

    [Fact]
    public void A_story_without_theme_words_has_no_themes()
    {
        Assert.Empty(Extractor.Extract("Ik wil iets bespreken."));
    }
}
