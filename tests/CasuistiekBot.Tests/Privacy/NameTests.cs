namespace CasuistiekBot.Tests.Privacy;

public sealed class NameTests
{
    [Theory]
    [InlineData("Ik sprak de heer J.P. de Vries gisteren.", "Ik sprak de heer [NAAM-1] gisteren.")]
    [InlineData("Dhr. Al-Hassan belde.", "Dhr. [NAAM-1] belde.")]
    [InlineData("Mw. Jansen-El Amrani is het niet eens.", "Mw. [NAAM-1] is het niet eens.")]
    [InlineData("De familie Nguyen Van Minh woont hier.", "De familie [NAAM-1] woont hier.")]
    [InlineData("Meneer van den Berg belde over de kinderen.", "Meneer [NAAM-1] belde over de kinderen.")]
    [InlineData("Mevr. in 't Veld meldde het.", "Mevr. [NAAM-1] meldde het.")]
    [InlineData("Volgens mr. ter Horst is het kansrijk.", "Volgens mr. [NAAM-1] is het kansrijk.")]
    [InlineData("Vorige week heeft Mevrouw Bakker-van Dijk gebeld.", "Vorige week heeft Mevrouw [NAAM-1] gebeld.")]
    [InlineData("I spoke with Mrs Haile yesterday.", "I spoke with Mrs [NAAM-1] yesterday.")]
    [InlineData("het echtpaar Yılmaz", "het echtpaar [NAAM-1]")]
    [InlineData("Dhr. K. Öztürk heeft schulden.", "Dhr. [NAAM-1] heeft schulden.")]
    public void Names_after_a_form_of_address_are_replaced_and_the_form_stays(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Cliënte Fatima voelt zich niet veilig.", "Cliënte [NAAM-1] voelt zich niet veilig.")]
    [InlineData("De gedetineerde, genaamd Pieter Bakker, heeft recht op bezoek.", "De gedetineerde, genaamd [NAAM-1], heeft recht op bezoek.")]
    [InlineData("Het meisje Aya (8) is ziek.", "Het meisje [NAAM-1] (8) is ziek.")]
    [InlineData("De kinderen Sara, Adam en Lina slapen op de gang.", "De kinderen [NAAM-1], [NAAM-2] en [NAAM-3] slapen op de gang.")]
    [InlineData("Ahmed (16) heeft nachtmerries.", "[NAAM-1] (16) heeft nachtmerries.")]
    [InlineData("Betrokkene Bashir Ahmadi is gisteren aangekomen.", "Betrokkene [NAAM-1] is gisteren aangekomen.")]
    public void Names_after_a_role_word_or_from_the_given_name_list_are_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Mevrouw Abdi. De volgende dag kwam ze terug.", "Mevrouw [NAAM-1]. De volgende dag kwam ze terug.")]
    [InlineData("Meneer Demir Op de gang was het onrustig.", "Meneer [NAAM-1] Op de gang was het onrustig.")]
    [InlineData("mevrouw Abdi uit Ter Apel", "mevrouw [NAAM-1] uit Ter Apel")]
    [InlineData("de familie Jansen in Den Haag", "de familie [NAAM-1] in Den Haag")]
    public void A_name_stops_at_punctuation_lowercase_words_and_places(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("De heer des huizes werd niet genoemd; meneer zei weinig.")]
    [InlineData("Meneer was erg emotioneel en mevrouw zei niets.")]
    [InlineData("De Raad voor de Kinderbescherming en het COA zaten in Zoetermeer.")]
    [InlineData("Een vrouw Nederlands sprekend, haar man Syriër.")]
    [InlineData("De familie in Syrië is onbereikbaar.")]
    [InlineData("Het gezin komt uit Eritrea en spreekt Tigrinya.")]
    [InlineData("Koning Willem-Alexander opende het azc niet.")]
    [InlineData("Volgens de IND en DT&V is de vreemdeling IND-bekend.")]
    public void Ordinary_capitalised_words_are_no_names(string text) => Assert.Equal(text, Scrub.Text(text));
}
