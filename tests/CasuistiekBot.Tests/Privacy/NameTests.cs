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

    [Theory]
    [InlineData("Mevrouw Rietveld zei dat ze het zat was.", "Mevrouw [NAAM-1] zei dat ze het zat was.")]
    [InlineData("Haar tante Ria Zuiderveld-Hoogendijk past op de kinderen.", "Haar tante [NAAM-1] past op de kinderen.")]
    [InlineData("Overmaken t.n.v. E. Westerbaan-Kerkhof.", "Overmaken t.n.v. [NAAM-1].")]
    public void A_family_name_with_a_street_ending_is_a_name_where_a_title_role_or_initials_announce_it(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("We spraken af aan de Hoogendijk bij de kerk.")]
    [InlineData("De vergadering in het Oosterpark ging niet door.")]
    [InlineData("De bewoner Kerkstraat noemde hij niet.")]
    public void A_street_without_a_person_cue_stays(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Ik sprak Luis Fernando Quiroga Bermeo gisteren.", "Ik sprak [NAAM-1] gisteren.")]
    [InlineData("Juan Pablo Restrepo vroeg om uitstel.", "[NAAM-1] vroeg om uitstel.")]
    [InlineData("Gisteren kwam Sara Tesfamichael Ghebre langs.", "Gisteren kwam [NAAM-1] langs.")]
    public void A_given_name_that_is_also_a_word_is_taken_along_with_the_name_it_opens(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("The Child Care Services in Rotterdam helped.")]
    [InlineData("Caseworkers at the Legal Aid Board and the Probation Service agreed.")]
    [InlineData("The applicant is Colombian and arrived in 2023.")]
    public void English_institutions_and_nationalities_are_no_names(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Ms Dlamini, Kenyan, applied in 2021.", "Ms [NAAM-1], Kenyan, applied in 2021.")]
    [InlineData("Mrs de Groot-Bakker explained why she left.", "Mrs [NAAM-1] explained why she left.")]
    [InlineData("Our client Ms Oksana Kovalenko was born in Lviv.", "Our client Ms [NAAM-1] was born in Lviv.")]
    public void An_English_name_stops_before_a_nationality_and_an_English_verb(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Verdachte van den Heuvel zwijgt.", "Verdachte [NAAM-1] zwijgt.")]
    [InlineData("Cliënte van 't Zand belde twee keer.", "Cliënte [NAAM-1] belde twee keer.")]
    public void After_a_role_word_van_der_van_den_and_van_t_open_the_family_name(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Fact]
    public void After_a_relation_word_van_with_an_article_is_no_name() =>
        Assert.Equal("De moeder van de jongen belde.", Scrub.Text("De moeder van de jongen belde."));

    [Theory]
    [InlineData("Hij wacht op een plek in Kliniek Dr. Verhagen in Zwolle.")]
    [InlineData("Hij zit in FPC Prof. Mulder sinds maart.")]
    [InlineData("De Hendrik Verweij Kliniek heeft een wachtlijst.")]
    [InlineData("Stichting Anna Bos helpt gezinnen met schulden.")]
    public void An_institution_named_after_a_person_keeps_its_name(string text) => Assert.Equal(text, Scrub.Text(text));

    [Fact]
    public void A_doctor_in_a_hospital_written_in_lower_case_is_a_person() =>
        Assert.Equal("In het ziekenhuis heeft dr. [NAAM-1] hem onderzocht.", Scrub.Text("In het ziekenhuis heeft dr. Verhagen hem onderzocht."));

    [Theory]
    [InlineData("Burak Yıldız's moeder belt morgen terug.", "[NAAM-1]'s moeder belt morgen terug.")]
    [InlineData("Mevrouw Okafor’s zoon is niet verschenen.", "Mevrouw [NAAM-1]’s zoon is niet verschenen.")]
    public void A_possessive_s_is_left_after_the_name(string text, string expected) => Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("De boete staat op naam van MAHABIER, R.K., volgens het CJIB.", "De boete staat op naam van [NAAM-1], volgens het CJIB.")]
    [InlineData("Registered to NOWAKOWSKI, PIOTR since May.", "Registered to [NAAM-1] since May.")]
    [InlineData("Van der Meulen, Anne-Marie, woont sinds kort in Zwolle.", "[NAAM-1], woont sinds kort in Zwolle.")]
    public void A_register_form_with_initials_or_a_listed_given_name_is_one_name(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Volgens het CJIB, A.S.A.P. bellen.")]
    [InlineData("LET OP, DIT IS DRINGEND.")]
    [InlineData("Bel de IND, Zwolle kan het niet oplossen.")]
    public void Capitals_and_commas_without_a_register_form_stay(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Mulder heeft zijn huur al drie maanden niet betaald.", "[NAAM-1] heeft zijn huur al drie maanden niet betaald.")]
    [InlineData("Kok heeft de brief nooit ontvangen, zegt hij.", "[NAAM-1] heeft de brief nooit ontvangen, zegt hij.")]
    [InlineData("Hoek heeft zich vanochtend afgemeld bij de balie.", "[NAAM-1] heeft zich vanochtend afgemeld bij de balie.")]
    [InlineData("fatima wil haar kinderen terugzien, zegt ze.", "[NAAM-1] wil haar kinderen terugzien, zegt ze.")]
    [InlineData("Nyambura heeft haar verblijfspapieren nooit gezien.", "[NAAM-1] heeft haar verblijfspapieren nooit gezien.")]
    [InlineData("Goodluck is 16 en slaapt bij vrienden.", "[NAAM-1] is 16 en slaapt bij vrienden.")]
    public void A_word_opening_a_clause_about_a_person_is_a_name(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Groot is de kans dat hij terugkomt.")]
    public void A_word_that_is_no_subject_or_no_person_stays(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Er kwam een vrouw genaamd van Dijk aan de balie.", "Er kwam een vrouw genaamd [NAAM-1] aan de balie.")]
    [InlineData("De buurvrouw, genaamd de Bruin, had de politie gebeld.", "De buurvrouw, genaamd [NAAM-1], had de politie gebeld.")]
    public void A_name_after_a_verb_of_naming_is_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("cliënte DE GRAAF heeft bezwaar gemaakt", "cliënte [NAAM-1] heeft bezwaar gemaakt")]
    [InlineData("verdachte MULDER ontkent alles", "verdachte [NAAM-1] ontkent alles")]
    [InlineData("Volgens de client IND-bekend, maar de vreemdeling COA-bewoner.", "Volgens de client IND-bekend, maar de vreemdeling COA-bewoner.")]
    [InlineData("ZHANG Fatima en haar broer wonen samen.", "[NAAM-1] en haar broer wonen samen.")]
    public void A_family_name_in_capitals_after_a_role_word_or_before_a_given_name_is_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Van den Heuvel krijgt geen uitkering meer sinds maart.", "[NAAM-1] krijgt geen uitkering meer sinds maart.")]
    [InlineData("De Bruin belde vanochtend opnieuw over de boete.", "[NAAM-1] belde vanochtend opnieuw over de boete.")]
    [InlineData("De Raad heeft besloten dat hij mag blijven.", "De Raad heeft besloten dat hij mag blijven.")]
    public void A_family_name_opening_with_a_capitalised_particle_is_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Wanjiru en haar zus Nyokabi slapen in de auto.", "[NAAM-1] en haar zus [NAAM-2] slapen in de auto.")]
    [InlineData("Ochieng en Grace Atieno zijn getrouwd.", "[NAAM-1] en [NAAM-2] zijn getrouwd.")]
    [InlineData("Mevrouw Bakker-de Wit belde gisteren. Bakker-de Wit wil een gesprek.", "Mevrouw [NAAM-1] belde gisteren. [NAAM-1] wil een gesprek.")]
    public void A_name_joined_to_a_name_or_repeated_is_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Mr. Tesfaye said he was tired.", "Mr. [NAAM-1] said he was tired.")]
    [InlineData("mevrouw Ochieng, Oegandees, werkt hier als schoonmaker.", "mevrouw [NAAM-1], Oegandees, werkt hier als schoonmaker.")]
    [InlineData("dhr. Rahmani, Afghaans, wacht op zijn gezin.", "dhr. [NAAM-1], Afghaans, wacht op zijn gezin.")]
    public void English_verbs_and_nationality_adjectives_after_a_name_stay(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));
}
