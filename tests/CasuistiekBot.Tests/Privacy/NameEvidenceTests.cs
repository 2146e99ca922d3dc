namespace CasuistiekBot.Tests.Privacy;

// These need the Dutch word list (scripts/test.sh installs wdutch); WordListTests says so plainly when it is missing.
public sealed class NameEvidenceTests
{
    [Theory]
    [InlineData("dhr. de jong heeft de brief nooit gekregen.", "dhr. [NAAM-1] heeft de brief nooit gekregen.")]
    [InlineData("mevrouw bakker kwam te laat.", "mevrouw [NAAM-1] kwam te laat.")]
    [InlineData("DE HEER RAMSAHAI BELDE OVER ZIJN TOESLAG.", "DE HEER [NAAM-1] BELDE OVER ZIJN TOESLAG.")]
    [InlineData("Graag overmaken t.n.v. A. Tesfay.", "Graag overmaken t.n.v. [NAAM-1].")]
    [InlineData("Achternaam: WARSAME, voornaam: Ifrah", "Achternaam: [NAAM-1], voornaam: [NAAM-2]")]
    [InlineData("Naam betrokkene: Sitaldin, Ravi", "Naam betrokkene: [NAAM-1]")]
    [InlineData("De rekening staat op naam van Ravi Baldew.", "De rekening staat op naam van [NAAM-1].")]
    public void Announced_names_are_found_in_any_letter_case(string text, string expected) => Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Mulder heeft vanmorgen gebeld over zijn verlof.", "[NAAM-1] heeft vanmorgen gebeld over zijn verlof.")]
    [InlineData("Smit zei dat hij de deurwaarder niet kan betalen.", "[NAAM-1] zei dat hij de deurwaarder niet kan betalen.")]
    [InlineData("Ik heb Dekker gevraagd de stukken te mailen.", "Ik heb [NAAM-1] gevraagd de stukken te mailen.")]
    [InlineData("Ghebremariam vertelde dat hij de brief niet kan lezen.", "[NAAM-1] vertelde dat hij de brief niet kan lezen.")]
    [InlineData("Gisteren belde Wardak nog over zijn vrouw.", "Gisteren belde [NAAM-1] nog over zijn vrouw.")]
    [InlineData("Volgens jagessar klopt het adres niet.", "Volgens [NAAM-1] klopt het adres niet.")]
    [InlineData("Ik heb met jan visser afgesproken.", "Ik heb met [NAAM-1] afgesproken.")]
    [InlineData("Contactpersoon: FATIMA EL BOUZIDI, zus van betrokkene.", "Contactpersoon: [NAAM-1], zus van betrokkene.")]
    [InlineData("Jan-Willem de Haan is de mentor.", "[NAAM-1] is de mentor.")]
    [InlineData("Gul Ahmad Popal kan niet terug.", "[NAAM-1] kan niet terug.")]
    public void Names_without_a_title_are_found_on_evidence(string text, string expected) => Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("De visser uit Urk zei dat hij de jongen had zien lopen.")]
    [InlineData("Groot was de opluchting toen de vergunning kwam.")]
    [InlineData("Wit was zijn gezicht toen hij het besluit las.")]
    [InlineData("Toen zei de arts dat hij niet verhoord kon worden.")]
    [InlineData("Volgens de Wet Dwangsom moet de IND betalen.")]
    [InlineData("Het Emma Kinderziekenhuis heeft de jongen doorverwezen.")]
    [InlineData("De opvang aan de Willem Dreesstraat gaat dicht.")]
    [InlineData("Keren, Massawa en Asmara zijn de plaatsen die hij noemde.")]
    [InlineData("Nidos belde gisteren en zei dat de voogd ziek is.")]
    [InlineData("HET BESLUIT IS ZONDER GEHOOR GENOMEN.")]
    [InlineData("Uiterlijk 1 jan. '27 moet het besluit er liggen.")]
    [InlineData("Meneer was erg emotioneel en mevrouw zei niets.")]
    [InlineData("MEHMET is de naam op de verblijfspas.")]
    public void Ordinary_words_places_and_institutions_stay_even_with_a_capital(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("De schuld staat t.n.v. J.H. van der Wal.", "De schuld staat t.n.v. [NAAM-1].")]
    [InlineData("Graag overmaken aan A. de Wit, niet aan haar zoon.", "Graag overmaken aan [NAAM-1], niet aan haar zoon.")]
    [InlineData("Brief aan A.M. Dijkstra-Hoekstra verstuurd.", "Brief aan [NAAM-1] verstuurd.")]
    [InlineData("H.J. Bakker heeft de brief niet ontvangen.", "[NAAM-1] heeft de brief niet ontvangen.")]
    public void After_initials_and_particles_a_family_name_that_is_also_a_word_is_a_name(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("mevr. van der linde zei dat ze het niet meer trekt.", "mevr. [NAAM-1] zei dat ze het niet meer trekt.")]
    [InlineData("Meneer van den bosch belde twee keer.", "Meneer [NAAM-1] belde twee keer.")]
    [InlineData("MEVROUW VAN DER MEER BELDE OVER DE BOETE.", "MEVROUW [NAAM-1] BELDE OVER DE BOETE.")]
    public void After_a_title_and_van_der_or_van_den_the_family_name_is_taken_in_any_case(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("De meneer van de bank kwam ook.")]
    [InlineData("We hebben meneer ten onrechte een boete gestuurd.")]
    [InlineData("Zie punt C. De Raad besliste anders.")]
    [InlineData("N.B. Wees voorzichtig met de datum.")]
    public void Particles_that_are_also_articles_or_prepositions_announce_no_name(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("haar man yusuf is opgepakt bij de grens.", "haar man [NAAM-1] is opgepakt bij de grens.")]
    [InlineData("mijn cliënte amina wil niet terug naar het azc.", "mijn cliënte [NAAM-1] wil niet terug naar het azc.")]
    [InlineData("de zoon van fatima zit op school.", "de zoon van [NAAM-1] zit op school.")]
    public void A_given_name_in_lower_case_after_a_kinship_or_role_word_is_a_name(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Zijn vrouw wil niet terug.")]
    [InlineData("Mijn cliënt mag niet werken.")]
    [InlineData("Haar zoon is twaalf en de dochter ook.")]
    public void A_lower_case_word_after_a_kinship_word_stays_when_it_is_no_given_name(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Registratie: HAILE, Senait; geboren in Keren.", "Registratie: [NAAM-1]; geboren in Keren.")]
    [InlineData("In de lijst staat ABDI, Mohamed Hassan.", "In de lijst staat [NAAM-1].")]
    [InlineData("VAN DAM, Pieter / geb. in Zwolle", "[NAAM-1] / geb. in Zwolle")]
    [InlineData("RAHMANI, Ahmad Zia, uit Herat", "[NAAM-1], uit Herat")]
    [InlineData("Naam op de kaart: Ahmad RAHIMI.", "Naam op de kaart: [NAAM-1].")]
    [InlineData("Sara JANSEN heeft gebeld.", "[NAAM-1] heeft gebeld.")]
    public void Register_forms_with_the_family_name_in_capitals_are_names(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("LET OP, Ahmed komt morgen.", "LET OP, [NAAM-1] komt morgen.")]
    [InlineData("SPOED, Fatima belt terug.", "SPOED, [NAAM-1] belt terug.")]
    [InlineData("Sara IND-medewerker belde.", "[NAAM-1] IND-medewerker belde.")]
    public void Capitals_that_are_words_or_acronyms_stay_next_to_a_name(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Dawits zus woont in Gouda.", "[NAAM-1]s zus woont in Gouda.")]
    [InlineData("Op Mirjams verzoek is het gesprek verzet.", "Op [NAAM-1]s verzoek is het gesprek verzet.")]
    [InlineData("Gisteren belde Ruiz' zus.", "Gisteren belde [NAAM-1] zus.")]
    public void A_possessive_without_an_apostrophe_or_with_only_one_marks_a_name(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Amsterdams beleid is streng.")]
    [InlineData("Gods wegen zijn ondoorgrondelijk.")]
    [InlineData("Marokkaans eten staat op het menu.")]
    public void Possessives_and_adjectives_of_places_and_words_stay(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Zeg tegen Oumarou dat hij morgen komt.", "Zeg tegen [NAAM-1] dat hij morgen komt.")]
    [InlineData("Vraag aan Oumarou of hij de brief heeft.", "Vraag aan [NAAM-1] of hij de brief heeft.")]
    public void A_word_no_list_knows_after_a_verb_of_speech_and_tegen_or_aan_is_a_name(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Ik zei tegen Vluchtelingenwerk dat het niet kon.")]
    [InlineData("Vertel aan Rotterdam wat er speelt.")]
    public void An_organisation_or_place_spoken_to_stays(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Iris heeft haar baan opgezegd omdat ze moest verhuizen.", "[NAAM-1] heeft haar baan opgezegd")]
    [InlineData("Merel is zwanger van haar tweede kind.", "[NAAM-1] is zwanger")]
    public void A_given_name_that_is_a_word_opens_a_sentence_about_a_person(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Theory]
    [InlineData("Iris is een deel van het oog.")]
    [InlineData("Merel is een vogel die vroeg zingt.")]
    [InlineData("Storm heeft de daken beschadigd.")]
    public void A_given_name_that_is_a_word_opens_a_sentence_about_a_thing_and_stays(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("De voogd mailde: 'Yonas is ziek en blijft thuis.'", "De voogd mailde: '[NAAM-1] is ziek en blijft thuis.'")]
    [InlineData("Hij schreef: 'Oumarou zei dat het goed ging.'", "Hij schreef: '[NAAM-1] zei dat het goed ging.'")]
    public void A_name_right_after_an_opening_quote_is_read_like_any_other(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Gesprek met K.L. van der Raad over de boete.", "Gesprek met [NAAM-1] over de boete.")]
    [InlineData("Aanwezig: P. van 't Hof en de tolk.", "Aanwezig: [NAAM-1] en de tolk.")]
    public void After_initials_and_van_der_or_van_t_even_an_institution_word_is_the_family_name(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Hij staat in het systeem als YILDIZ, M. en dat klopt niet.", "als [NAAM-1] en dat klopt niet.")]
    [InlineData("Zie het COA, B. Smit tekende.", "Zie het COA, [NAAM-1] tekende.")]
    [InlineData("In de brief staat Kaplan, Mehmet, maar hij heet anders.", "In de brief staat [NAAM-1], maar hij heet anders.")]
    [InlineData("Aanwezig waren Kaplan, Mehmet en Ayşe.", "Aanwezig waren [NAAM-1], [NAAM-2] en [NAAM-3].")]
    public void A_family_name_with_its_initials_or_given_name_after_a_comma_is_one_name_unless_a_list_goes_on(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Fact]
    public void A_given_name_alone_later_gets_the_placeholder_of_the_register_form() =>
        Assert.Equal("In de brief staat [NAAM-1]. [NAAM-1] zelf weet van niets.", Scrub.Text("In de brief staat Kaplan, Mehmet. Mehmet zelf weet van niets."));
}
