using CasuistiekBot.Routing;

namespace CasuistiekBot.Tests.Routing;

public sealed class SafetyDetectorTests
{
    private static readonly SafetyDetector Detector = new(RoutingTable.Default());

    [Theory]
    [InlineData("Mijn teamleider intimideert mij in het bijzijn van collega's.", "intimideert")]
    [InlineData("Ik word al maanden gepest door twee collega's.", "gepest")]
    [InlineData("A colleague keeps harassing me with remarks about my body.", "harassing")]
    [InlineData("Op de afdeling worden collega's met een hoofddoek gediscrimineerd.", "gediscrimineerd")]
    public void Social_unsafety_is_raised_with_the_words_that_gave_it_away(string story, string word)
    {
        var signal = Detector.Detect(story);

        Assert.True(signal.Raised);
        Assert.Equal(SafetyKind.SocialSafety, signal.Kind);
        Assert.Contains(word, signal.Words);
    }

    [Theory]
    [InlineData("Een collega heeft vertrouwelijke informatie gelekt naar een journalist.", "gelekt")]
    [InlineData("Mijn manager heeft een nevenfunctie bij het bedrijf dat onze opdrachten krijgt: belangenverstrengeling.", "belangenverstrengeling")]
    [InlineData("I suspect a colleague accepted a bribe from an interpreter.", "bribe")]
    public void Integrity_breaches_are_raised(string story, string word)
    {
        var signal = Detector.Detect(story);

        Assert.Equal(SafetyKind.Integrity, signal.Kind);
        Assert.Contains(word, signal.Words);
    }

    [Fact]
    public void A_story_with_both_kinds_raises_both()
    {
        var signal = Detector.Detect("Mijn leidinggevende pest mij sinds ik meldde dat hij steekpenningen aanneemt.");

        Assert.Equal(SafetyKind.SocialSafety | SafetyKind.Integrity, signal.Kind);
    }

    [Theory]
    [InlineData("Er is geen sprake van intimidatie, het gaat om een lastige beslissing.")]
    [InlineData("Mijn leidinggevende intimideert mij niet, maar de werkdruk is hoog.")]
    [InlineData("No harassment or bullying is involved; the rules simply feel harsh.")]
    [InlineData("Er is geen fraude gepleegd en niets gelekt; de aanvrager kreeg gewoon een harde afwijzing.")]
    public void Denied_signals_do_not_raise_a_warning(string story)
    {
        var signal = Detector.Detect(story);

        Assert.False(signal.Raised);
        Assert.Empty(signal.Words);
        Assert.True(signal.Strength < RoutingTable.DefaultSafetyThreshold);
    }

    [Theory]
    [InlineData("De aanvrager werd in zijn land van herkomst bedreigd en geïntimideerd door een militie.")]
    [InlineData("Bij het documentonderzoek bleek sprake van documentfraude door de aanvrager.")]
    [InlineData("Het gezin wacht al twee jaar op een beslissing over de asielaanvraag.")]
    public void Threats_and_fraud_outside_the_workplace_do_not_raise_a_warning(string story)
    {
        Assert.False(Detector.Detect(story).Raised);
    }
}
