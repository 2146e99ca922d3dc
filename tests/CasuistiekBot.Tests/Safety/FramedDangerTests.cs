using CasuistiekBot.Safety;

namespace CasuistiekBot.Tests.Safety;

/// <summary>
/// The classes of the tenth held-out set's errors, each with sentences of our own (none of them is a sentence of an
/// evaluation set): "als" that compares rather than supposes, an age said with "van", dangers inside a book, leaflet,
/// film or legal question, idioms with a danger word, a threat since apologised for; and the dangers close to them
/// that must stay dangers (a real conditional threat, a child in a closed car in the heat, "you're next", a rope asked for).
/// </summary>
public sealed class FramedDangerTests
{
    private readonly AcuteDangerDetector _detector = new();

    [Theory]
    [InlineData("Als ze de kinderen weghalen, doe ik mezelf iets aan.", DangerKinds.Suicide)]
    [InlineData("Hij wordt behandeld als een gevangene en zegt dat hij zichzelf iets gaat aandoen.", DangerKinds.Suicide)]
    [InlineData("Ze voelt zich als een gevangene en haar man slaat haar elke avond.", DangerKinds.Violence)]
    [InlineData("Een meisje van 12 slaapt al drie nachten alleen buiten in de vrieskou.", DangerKinds.Child)]
    [InlineData("Een jongen van 14 wordt door zijn vader geslagen met een riem.", DangerKinds.Child)]
    [InlineData("Vader liet zijn dochtertje van drie in een dichte auto op de parkeerplaats achter, in de brandende zon.", DangerKinds.Child)]
    [InlineData("The toddler has been left alone in the car for an hour and it is very hot today.", DangerKinds.Child)]
    [InlineData("Een bezoeker zei tegen de baliemedewerker dat zij de volgende is.", DangerKinds.Staff)]
    [InlineData("The man told my colleague at the front desk that she is next.", DangerKinds.Staff)]
    [InlineData("Na het afwijzingsbesluit vroeg hij een groepsleider om touw.", DangerKinds.Suicide)]
    public void A_danger_close_to_a_frame_is_still_found(string text, string kind)
    {
        var finding = _detector.Detect(text);

        Assert.True(finding.Found, text);
        Assert.Contains(kind, DangerKinds.Names(finding.Kinds));
    }

    [Theory]
    [InlineData("Het zelfbeschadigend gedrag van jongeren kwam als thema terug op de studiemiddag van vorige week.")]
    [InlineData("Het besluit voelt voor het gezin als een straf, alsof ze worden bedreigd door de overheid.")]
    [InlineData("We hebben de nieuwe folder over suïcidepreventie op de locatie neergelegd.")]
    [InlineData("In de roman die we lazen wordt een bewaker neergestoken door een gedetineerde.")]
    [InlineData("The leaflet on domestic violence is now available in Arabic and Tigrinya.")]
    [InlineData("Valt het bedreigen van een boa onder artikel 300 of onder artikel 285?")]
    [InlineData("Legal question: is a threat against a judge made in 2019 still relevant for the permit?")]
    [InlineData("Shoot me a message if you want to join the session on Thursday.")]
    [InlineData("Ze gaat tot haar laatste snik tegen dit besluit vechten.")]
    [InlineData("Deze naheffing doet hem financieel de das om.")]
    [InlineData("De bewoner bedreigde vorige maand een collega, maar hij heeft daarna excuses aangeboden en het gaat nu goed.")]
    [InlineData("Sinds de nieuwe werkwijze komen er meer meldingen over agressie binnen dan vroeger.")]
    public void A_danger_word_in_a_frame_raises_no_alarm(string text)
    {
        Assert.False(_detector.Detect(text).Found, text);
    }
}
