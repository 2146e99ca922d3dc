using CasuistiekBot.Safety;

namespace CasuistiekBot.Tests.Safety;

public sealed class AcuteDangerDetectorTests
{
    private readonly AcuteDangerDetector _detector = new();

    [Theory]
    [InlineData("Ik ben bang dat hij zichzelf iets aandoet; hij zei dat hij het niet meer ziet zitten.", DangerKinds.Suicide)]
    [InlineData("Hij zegt dat hij niet meer wil leven.", DangerKinds.Suicide)]
    [InlineData("The client told me he wants to kill himself.", DangerKinds.Suicide)]
    [InlineData("De ex-man heeft gedreigd haar te vermoorden.", DangerKinds.Violence)]
    [InlineData("Het kind wordt thuis mishandeld.", DangerKinds.Child)]
    [InlineData("Een bezoeker heeft mijn collega met een mes bedreigd.", DangerKinds.Staff)]
    [InlineData("He said he knows where I live.", DangerKinds.Staff)]
    [InlineData("De gedetineerde is sinds zondag in hongerstaking.", DangerKinds.Suicide)]
    [InlineData("Mijn cliënt zegt dat hij er vanavond een eind aan maakt.", DangerKinds.Suicide)]
    [InlineData("Someone threw a brick through the window of our office after the decision.", DangerKinds.Staff)]
    [InlineData("De pasgeboren baby heeft een schedelbreuk en niemand kan uitleggen hoe dat kwam.", DangerKinds.Child)]
    [InlineData("Moeder zegt dat ze de kinderen meeneemt in haar dood.", DangerKinds.Suicide)]
    [InlineData("Moeder zegt dat ze de kinderen meeneemt in haar dood.", DangerKinds.Child)]
    [InlineData("He gave away his guitar and said he would not need it anymore.", DangerKinds.Suicide)]
    [InlineData("Haar ex staat elke avond voor haar deur.", DangerKinds.Violence)]
    [InlineData("De kinderen eten al een week uit de vuilnisbak en de stroom is afgesloten.", DangerKinds.Child)]
    public void Acute_danger_is_found_with_its_kind(string text, string kind)
    {
        var finding = _detector.Detect(text);

        Assert.True(finding.Found, text);
        Assert.Contains(kind, DangerKinds.Names(finding.Kinds));
    }

    [Theory]
    [InlineData("Er is geen sprake van bedreiging; het gaat om een termijn.")]
    [InlineData("Ik zie geen gevaar voor de kinderen.")]
    [InlineData("Ik denk niet dat hij suïcidaal is.")]
    [InlineData("Stel dat iemand dreigt zichzelf iets aan te doen, wat doe ik dan?")]
    [InlineData("What do we do if a client threatens a colleague?")]
    [InlineData("De beslistermijn dreigt te verlopen.")]
    [InlineData("De advocaat dreigt met een kort geding.")]
    [InlineData("We volgen een training zelfmoordpreventie.")]
    [InlineData("Jaren geleden is hij gewelddadig geweest, maar dat is voorbij.")]
    [InlineData("Meneer is lang geleden veroordeeld voor mishandeling.")]
    [InlineData("Die regel slaat nergens op.")]
    [InlineData("The deadline is killing me.")]
    [InlineData("We are in danger of missing the deadline.")]
    [InlineData("Van suïcidaliteit is geen sprake, zegt de psychiater.")]
    [InlineData("Het incident met het mes was in 2015 en sindsdien is er niets meer gebeurd.")]
    [InlineData("De werkwijze doet de menselijke maat geweld aan.")]
    [InlineData("Die deadline vermoordt me.")]
    [InlineData("Die nieuwe werkinstructie maakt ons team kapot.")]
    [InlineData("Ze wil dood graag haar diploma halen.")]
    [InlineData("Het kind is niet alleen thuis geweest; oma was er de hele tijd.")]
    [InlineData("De dreiging van geweld is verdwenen sinds het gezin is verhuisd.")]
    [InlineData("Mevrouw gaf haar oude kleren weg aan de kringloop omdat ze verhuist.")]
    public void Denials_suppositions_other_senses_and_the_past_are_no_danger(string text) =>
        Assert.False(_detector.Detect(text).Found, text);

    [Fact]
    public void A_conditional_threat_is_real_even_though_it_has_an_if()
    {
        Assert.True(_detector.Detect("Ze zegt dat ze zich van kant maakt als haar kinderen worden weggehaald.").Found);
        Assert.False(_detector.Detect("Als iemand zegt dat hij zich van kant maakt, bel ik 113.").Found);
    }

    [Fact]
    public void A_negation_outside_the_embedded_clause_does_not_deny_it()
    {
        Assert.True(_detector.Detect("Ik kan niet uitsluiten dat hij zichzelf iets aandoet.").Found);
        Assert.False(_detector.Detect("Er zijn geen aanwijzingen dat hij zichzelf iets aandoet.").Found);
    }
}
