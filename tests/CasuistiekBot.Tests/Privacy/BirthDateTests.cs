namespace CasuistiekBot.Tests.Privacy;

public sealed class BirthDateTests
{
    [Theory]
    [InlineData("Mevrouw is geboren op 12-03-1985 in Asmara.", "geboren op [GEBOORTEDATUM-1] in Asmara.")]
    [InlineData("Het kind (geb. 1/1/2019) is ziek.", "(geb. [GEBOORTEDATUM-1]) is ziek.")]
    [InlineData("Geboortedatum: 3 mei 2007.", "Geboortedatum: [GEBOORTEDATUM-1].")]
    [InlineData("DOB 1985-03-12, verified.", "DOB [GEBOORTEDATUM-1], verified.")]
    [InlineData("She was born on March 12, 1985.", "born on [GEBOORTEDATUM-1].")]
    [InlineData("Date of birth: 12th of March 1985.", "Date of birth: [GEBOORTEDATUM-1].")]
    [InlineData("geboren in Kabul op 1 jan. 2001", "geboren in Kabul op [GEBOORTEDATUM-1]")]
    [InlineData("De jongen, die op 14 februari 2008 in Kabul is geboren, zit vast.", "die op [GEBOORTEDATUM-1] in Kabul is geboren")]
    [InlineData("Geboren: 7-9-85.", "Geboren: [GEBOORTEDATUM-1].")]
    [InlineData("Zijn geboortedatum staat verkeerd in de BRP, het moet 21-11-1990 zijn.", "het moet [GEBOORTEDATUM-1] zijn.")]
    [InlineData("Her date of birth was recorded wrongly, it should read 4 May 1992.", "it should read [GEBOORTEDATUM-1].")]
    public void Dates_are_replaced_when_the_context_says_birth(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Fact]
    public void A_list_of_birth_dates_is_replaced_as_a_whole() =>
        Assert.Equal("Kinderen geboren op [GEBOORTEDATUM-1] en [GEBOORTEDATUM-2].", Scrub.Text("Kinderen geboren op 1-1-2015 en 3-4-2018."));

    [Theory]
    [InlineData("De vergadering van 12-03-2025 is verplaatst naar 19-03-2025.")]
    [InlineData("Op 12 maart om 14:00 bespreken we het.")]
    [InlineData("Het besluit van 3 april 2024 is vernietigd; zij is geboren in 1990.")]
    [InlineData("The hearing is on 2025-06-03 at 09:15.")]
    [InlineData("De geboortedatum klopt niet. Het gesprek was op 12-03-2024.")]
    [InlineData("De geboortedatum wordt gecorrigeerd, de gemeente doet dat per 1-2-2025.")]
    [InlineData("De geboortedatum is lang onzeker geweest, pas in het gesprek van vorige week met de moeder en de voogd bleek 3-4-2024 relevant.")]
    public void Other_dates_stay(string text) => Assert.Equal(text, Scrub.Text(text));

    [Fact]
    public void One_birth_date_in_two_notations_gets_one_placeholder() =>
        Assert.Equal("geb. [GEBOORTEDATUM-1], ofwel geboren op [GEBOORTEDATUM-1]", Scrub.Text("geb. 12-03-1985, ofwel geboren op 12 maart 1985"));

    [Theory]
    [InlineData("Geboren op eerste kerstdag 1988 volgens de tazkira.", "Geboren op [GEBOORTEDATUM-1] volgens")]
    [InlineData("geb. 12 sept. '83 te Asmara", "geb. [GEBOORTEDATUM-1] te Asmara")]
    [InlineData("geb.dat. 2-3-'01, nationaliteit Syrisch", "geb.dat. [GEBOORTEDATUM-1], nationaliteit")]
    [InlineData("Het meisje (geb. mei 2012) spreekt alleen Tigrinya.", "(geb. [GEBOORTEDATUM-1]) spreekt")]
    [InlineData("Op 7-8-1999 is meneer Asfaha geboren, zegt de BRP.", "Op [GEBOORTEDATUM-1] is meneer")]
    public void Birth_dates_in_words_and_short_forms_are_replaced(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Fact]
    public void A_feast_day_and_the_same_date_in_figures_get_one_placeholder() =>
        Assert.Equal("geboren op [GEBOORTEDATUM-1], dus geb. [GEBOORTEDATUM-1]", Scrub.Text("geboren op tweede pinksterdag 1990, dus geb. 04-06-1990"));

    [Theory]
    [InlineData("De termijn verloopt op tweede kerstdag 2026, dus we moeten plannen.")]
    [InlineData("Het rijbewijs is op 4 sept. 2023 verlopen.")]
    [InlineData("Vanaf mei 2026 geldt de nieuwe werkinstructie.")]
    public void Feast_days_short_dates_and_months_without_birth_stay(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("In de BRP staan twee geboortedata: 3-3-1990 en 4-4-1991.", "twee geboortedata: [GEBOORTEDATUM-1] en [GEBOORTEDATUM-2].")]
    [InlineData("De geboortedata van de kinderen zijn 1-2-2015 en 3-4-2017.", "zijn [GEBOORTEDATUM-1] en [GEBOORTEDATUM-2].")]
    [InlineData("Dates of birth: 2 May 2010 and 3 June 2012.", "Dates of birth: [GEBOORTEDATUM-1] and [GEBOORTEDATUM-2].")]
    [InlineData("Haar geboortedatum is gewijzigd van 1-1-1990 naar 5-6-1991.", "van [GEBOORTEDATUM-1] naar [GEBOORTEDATUM-2].")]
    [InlineData("Hij is geboren op 1-1-1990 of 2-1-1990, dat weet niemand.", "op [GEBOORTEDATUM-1] of [GEBOORTEDATUM-2], dat")]
    public void Plural_birth_keywords_and_every_date_of_their_list_are_replaced(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Theory]
    [InlineData("She was born in June 1990 in Kharkiv.", "born in [GEBOORTEDATUM-1] in Kharkiv")]
    [InlineData("Hij is geboren in juni 1990, zegt hij.", "geboren in [GEBOORTEDATUM-1], zegt")]
    [InlineData("geboren (volgens paspoort) op 1-1-1990", "(volgens paspoort) op [GEBOORTEDATUM-1]")]
    [InlineData("Het kind kwam op 3 mei 2010 ter wereld in Ter Apel.", "op [GEBOORTEDATUM-1] ter wereld")]
    public void Birth_dates_after_born_in_an_aside_or_before_ter_wereld_are_replaced(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Theory]
    [InlineData("De zitting is verplaatst van 3-3-2025 naar 5-5-2025.")]
    [InlineData("Geboren in Aleppo, in juni 2015 naar Nederland gevlucht.")]
    [InlineData("Zij is in juni 2015 naar Nederland gekomen.")]
    [InlineData("Het besluit kwam op 3 mei 2024 ter zitting aan de orde.")]
    public void Other_dates_near_birth_words_or_in_lists_stay(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("De vader (Samir, °3-7-1981) werkt in de kas.", "°[GEBOORTEDATUM-1]) werkt")]
    [InlineData("Oom Kidane, ° 12 okt. 1975 te Keren, woont in Delft.", "° [GEBOORTEDATUM-1] te Keren")]
    public void A_degree_sign_before_a_date_marks_a_birth_date(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Fact]
    public void A_degree_sign_after_a_number_is_a_temperature() =>
        Assert.Equal("Het was 31° op 12-7-2025 in de cel.", Scrub.Text("Het was 31° op 12-7-2025 in de cel."));

    [Theory]
    [InlineData("Volgens de tazkira is zijn geboortedatum 2-2-2009, maar de IND heeft die gewijzigd naar 1-1-2006.", "gewijzigd naar [GEBOORTEDATUM-2].")]
    [InlineData("Na de leeftijdsschouw is zijn leeftijd vastgesteld op 1-1-2004.", "vastgesteld op [GEBOORTEDATUM-1].")]
    [InlineData("Her age was assessed at 5 March 2006 after the interview.", "assessed at [GEBOORTEDATUM-1] after")]
    public void A_date_that_a_birth_date_or_age_is_set_or_corrected_to_is_a_birth_date(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Theory]
    [InlineData("De geboortedatum is gewijzigd op 4-11-2025 door de gemeente.")]
    [InlineData("Het leeftijdsonderzoek is gepland op 3-3-2026.")]
    [InlineData("De leeftijd telt niet mee, de termijn is gesteld op 1-6-2026.")]
    public void The_day_a_birth_date_changes_and_other_dates_in_its_sentence_stay(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Het jongetje is op 9 juni 2021 in Den Bosch geboren.", "op [GEBOORTEDATUM-1] in Den Bosch geboren")]
    [InlineData("Zij zegt dat ze op 2-4-2018 in Nieuw Vennep is geboren.", "op [GEBOORTEDATUM-1] in Nieuw Vennep is geboren")]
    public void A_date_before_born_in_a_place_of_two_words_is_a_birth_date(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Theory]
    [InlineData("He was born on Christmas Day 2003 in Herat.", "born on [GEBOORTEDATUM-1] in Herat")]
    [InlineData("She says she was born on Boxing Day 1999.", "born on [GEBOORTEDATUM-1].")]
    [InlineData("Geboren op nieuwjaarsdag 2001, zegt hij.", "Geboren op [GEBOORTEDATUM-1], zegt hij.")]
    public void A_feast_day_with_its_year_after_born_is_a_birth_date(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Theory]
    [InlineData("Hij is in de zomer geboren, maar in zijn paspoort staat 1 januari 2004.", "in zijn paspoort staat [GEBOORTEDATUM-1].")]
    [InlineData("Born in Kabul; according to his passport 1 January 2005.", "according to his passport [GEBOORTEDATUM-1].")]
    public void What_a_document_says_in_a_sentence_about_birth_is_a_birth_date(string text, string expectedPart) =>
        Assert.Contains(expectedPart, Scrub.Text(text));

    [Theory]
    [InlineData("In zijn paspoort staat 12 maart 2031 als einddatum.")]
    [InlineData("We vieren Christmas Day 2025 met het team.")]
    public void A_document_date_or_feast_day_without_birth_stays(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Ze is geboren op 3 maart 1988 ipv 1-1-1988.", "Ze is geboren op [GEBOORTEDATUM-1] ipv [GEBOORTEDATUM-2].")]
    [InlineData("Hij is geboren op 14-07-2001 i.p.v. 01-01-2001, zegt hij.", "Hij is geboren op [GEBOORTEDATUM-1] i.p.v. [GEBOORTEDATUM-2], zegt hij.")]
    public void The_wrong_date_a_birth_date_corrects_is_replaced_too(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));
}
