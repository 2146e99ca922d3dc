namespace CasuistiekBot.Tests.Privacy;

public sealed class AddressTests
{
    [Theory]
    [InlineData("Ze woont op de Stationsstraat 12 in Zwolle.", "Ze woont op de [ADRES-1] in Zwolle.")]
    [InlineData("Adres: Laan van Meerdervoort 112-B, Den Haag.", "Adres: [ADRES-1], Den Haag.")]
    [InlineData("naar Wilhelminaplein 3a, 3072 DE Rotterdam", "naar [ADRES-1] Rotterdam")]
    [InlineData("bij Burgemeester de Vlugtlaan 44 in West", "bij [ADRES-1] in West")]
    [InlineData("aan de Oudegracht 201 bis.", "aan de [ADRES-1].")]
    [InlineData("Zij woont Nieuwe Binnenweg 112A sinds mei.", "Zij woont [ADRES-1] sinds mei.")]
    [InlineData("Hij woont aan de kerkstraat 5.", "Hij woont aan de [ADRES-1].")]
    [InlineData("Het adres is Zeestraat 45-47, 2518 AA Den Haag.", "Het adres is [ADRES-1] Den Haag.")]
    [InlineData("Op de Dam 1 was het druk.", "Op de [ADRES-1] was het druk.")]
    [InlineData("Hij staat ingeschreven op de de Ruijterkade 44-3.", "Hij staat ingeschreven op de [ADRES-1].")]
    [InlineData("Ze woont op de van Speijkstraat 80 sinds mei.", "Ze woont op de [ADRES-1] sinds mei.")]
    [InlineData("Adres: burg. de vlugtlaan 12 II, Amsterdam", "Adres: [ADRES-1], Amsterdam")]
    [InlineData("Ze slaapt bij een vriendin op Binnenrotte 17A.", "Ze slaapt bij een vriendin op [ADRES-1].")]
    [InlineData("Post komt retour van Oudegracht 45a.", "Post komt retour van [ADRES-1].")]
    public void Streets_with_a_house_number_are_replaced(string text, string expected) => Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("In Rotterdam 3 kinderen zonder opvang.")]
    [InlineData("Amsterdam 12 maart: overleg met de gemeente.")]
    [InlineData("Het gerechtshof 3 weken later oordeelde anders.")]
    [InlineData("Het overleg is op de Turfmarkt, derde verdieping.")]
    [InlineData("Hij liep 3 keer over de markt 2 dagen lang.")]
    [InlineData("In 2023 was de Hofweg 2024 nog niet bekend.")]
    public void Places_counts_and_streets_without_a_number_stay(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Postcode 2511 CV, huisnummer onbekend.", "Postcode [POSTCODE-1], huisnummer onbekend.")]
    [InlineData("Hij woont in 9501AB 14 bij een kennis.", "Hij woont in [POSTCODE-1] bij een kennis.")]
    [InlineData("post naar 1015 BK Amsterdam", "post naar [POSTCODE-1] Amsterdam")]
    [InlineData("postcode 3511ab", "postcode [POSTCODE-1]")]
    public void Postcodes_without_a_street_are_replaced_with_their_house_number(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Postbus 17, 8900 AA Leeuwarden is het CJIB-adres.")]
    [InlineData("Artikel 3.6a Vb 2000 en art. 64 Vw 2000.")]
    [InlineData("In 2024 EU-breed afgesproken, 2023 NL-cijfers.")]
    [InlineData("Het bedrag van 1250 EUR is betaald.")]
    public void Mailboxes_laws_years_and_amounts_are_no_postcodes(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Ze woont op de Kruisweg 1021 (2131 CT Hoofddorp).", "Ze woont op de [ADRES-1] ([POSTCODE-1] Hoofddorp).")]
    [InlineData("Hij slaapt op de Amstelveenseweg 1088, zegt hij.", "Hij slaapt op de [ADRES-1], zegt hij.")]
    public void A_house_number_of_four_digits_that_is_no_year_of_these_centuries_is_an_address(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Post naar Kerkstraat 14, 3511lk Utrecht.", "Post naar [ADRES-1] Utrecht.")]
    [InlineData("De brief ging naar 3511lk Utrecht.", "De brief ging naar [POSTCODE-1] Utrecht.")]
    public void A_postcode_in_lower_case_is_replaced_after_a_street_or_before_a_place(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("In 2021 in Almere begonnen, in 2023 gestopt.")]
    [InlineData("Hij fietste 1500km Utrecht uit en weer terug.")]
    public void A_year_or_a_measure_before_a_place_is_no_postcode(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Haar broer woont op Kaya Kokolishi 7 in Willemstad.", "Haar broer woont op [ADRES-1] in Willemstad.")]
    [InlineData("Zijn zus woont in Calle del Sol 14, Málaga.", "Zijn zus woont in [ADRES-1], Málaga.")]
    [InlineData("ADRES: RUE DES LILAS 3, LYON", "ADRES: [ADRES-1], LYON")]
    public void A_street_abroad_that_opens_with_its_street_word_is_an_address(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("The family lives at 12 Lindenlaan, near the station.", "The family lives at [ADRES-1], near the station.")]
    [InlineData("Her new address: 8 Rue du Moulin in Liège.", "Her new address: [ADRES-1] in Liège.")]
    [InlineData("They moved to 3 Avenue de la Gare last week.", "They moved to [ADRES-1] last week.")]
    public void A_number_before_its_street_after_a_word_of_place_is_an_address(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("We meet at 10 Kerkstraat-time, it is a joke.")]
    [InlineData("Het rapport ging op 3 Dinsdagen rond.")]
    [InlineData("He came to 2 meetings at 4 Stations.")]
    public void A_number_before_a_word_that_is_no_street_stays(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Ze huurt een kamer op Molenstraat 5 kamer 3 in Tiel.", "Ze huurt een kamer op [ADRES-1] in Tiel.")]
    [InlineData("nieuw adres: Havenkade 12 k 4, 2012 AB Haarlem", "nieuw adres: [ADRES-1] Haarlem")]
    [InlineData("hij slaapt op Lindelaan 8 B2 bij een neef", "hij slaapt op [ADRES-1] bij een neef")]
    [InlineData("please use my new address, 22A Kerkweg, Assen", "please use my new address, [ADRES-1], Assen")]
    public void A_room_or_letter_after_the_number_and_a_number_first_are_part_of_the_address(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));
}
