namespace CasuistiekBot.Tests.Privacy;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("Zijn paspoortnummer is NXC4R8P12.", "Zijn paspoortnummer is [DOCUMENT-1].")]
    [InlineData("ID-kaart met nummer IZ7K93L20 ingenomen", "ID-kaart met nummer [DOCUMENT-1] ingenomen")]
    [InlineData("verblijfsdocument V12345678 gestolen", "verblijfsdocument [DOCUMENT-1] gestolen")]
    [InlineData("Rijbewijsnummer: 5012345678.", "Rijbewijsnummer: [DOCUMENT-1].")]
    [InlineData("W-document nr. W8234571 verlopen", "W-document nr. [DOCUMENT-1] verlopen")]
    [InlineData("Zijn paspoort (Syrisch, nr. N012345678) ligt hier.", "Zijn paspoort (Syrisch, nr. [DOCUMENT-1]) ligt hier.")]
    [InlineData("passport number: P-1234567", "passport number: [DOCUMENT-1]")]
    [InlineData("vluchtelingenpaspoort III-V123AL568", "vluchtelingenpaspoort [DOCUMENT-1]")]
    [InlineData("Het ID-kaartnummer van mevrouw Rachidi is IX9R4T7M2.", "Het ID-kaartnummer van mevrouw [NAAM-1] is [DOCUMENT-1].")]
    [InlineData("Het paspoortnummer van de vader: NP4K7T2Q1", "Het paspoortnummer van de vader: [DOCUMENT-1]")]
    [InlineData("Pasnr. PX7721KL3 staat niet in het systeem.", "Pasnr. [DOCUMENT-1] staat niet in het systeem.")]
    [InlineData("ID: KR82LM3Q1, uitgegeven in Damascus.", "ID: [DOCUMENT-1], uitgegeven in Damascus.")]
    [InlineData("Doc nr: WX5512PQ8 hoort bij de moeder.", "Doc nr: [DOCUMENT-1] hoort bij de moeder.")]
    [InlineData("Verblijfsdocument type II, nr. V23456781.", "Verblijfsdocument type II, nr. [DOCUMENT-1].")]
    public void The_number_after_a_document_keyword_is_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Hij heeft rijbewijs B en werkt als chauffeur.")]
    [InlineData("Het paspoort is in 2019 verlopen.")]
    [InlineData("Verblijfsdocument geldig tot 12-03-2026.")]
    [InlineData("De verblijfsvergunning voor 5 jaar is verleend.")]
    [InlineData("Een ID-kaart kost 70 euro.")]
    [InlineData("Hij is pas 17 en woont in een kleine woonvoorziening.")]
    [InlineData("ID: onbekend, het paspoort ligt in Syrië.")]
    public void Document_words_without_a_number_leave_the_text_alone(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Het paspoortnummer van meneer Tran Van Long Nguyen: B7482913.", "Het paspoortnummer van meneer [NAAM-1]: [DOCUMENT-1].")]
    [InlineData("Hij liet zijn Colombiaanse paspoort zien, nummer AR482917.", "Hij liet zijn Colombiaanse paspoort zien, nummer [DOCUMENT-1].")]
    [InlineData("Ze liet haar ID-kaart zien met daarop nummer IT4827193.", "Ze liet haar ID-kaart zien met daarop nummer [DOCUMENT-1].")]
    [InlineData("MVV-nummer van de vader: M12345678.", "MVV-nummer van de vader: [DOCUMENT-1].")]
    [InlineData("Tazkiranummer 1400-0101-38291 staat op de kopie.", "Tazkiranummer [DOCUMENT-1] staat op de kopie.")]
    [InlineData("Zijn W2-document nummer W2847193 is verlopen.", "Zijn W2-document nummer [DOCUMENT-1] is verlopen.")]
    [InlineData("The number of his travel document is RT4829173.", "The number of his travel document is [DOCUMENT-1].")]
    [InlineData("Her residence permit, number NLD482917, expires in May.", "Her residence permit, number [DOCUMENT-1], expires in May.")]
    public void Document_numbers_after_a_name_further_in_the_clause_or_after_an_unlisted_label_are_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Zijn paspoort is ingenomen, bel 06-48213975 voor info.", "Zijn paspoort is ingenomen, bel [TELEFOON-1] voor info.")]
    [InlineData("Haar paspoort verloopt in 2027, zaak nummer Z1234567 loopt.", "Haar paspoort verloopt in 2027, zaak nummer Z1234567 loopt.")]
    [InlineData("Zaaknummer: Z12345678 staat op de brief.", "Zaaknummer: Z12345678 staat op de brief.")]
    [InlineData("Aanvraagnummer: A12345678 staat op de brief.", "Aanvraagnummer: A12345678 staat op de brief.")]
    [InlineData("Het paspoort ligt sinds 2019 bij de IND, nummer 3 op de lijst.", "Het paspoort ligt sinds 2019 bij de IND, nummer 3 op de lijst.")]
    public void Case_phone_and_list_numbers_near_a_document_word_are_no_document(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Zijn vbd, nummer NX72KQ019, is gestolen.", "Zijn vbd, nummer [DOCUMENT-1], is gestolen.")]
    [InlineData("Een kopie van de vbd: X82KP4Q17 zit in het dossier.", "Een kopie van de vbd: [DOCUMENT-1] zit in het dossier.")]
    public void The_abbreviation_of_a_residence_document_is_a_document_keyword(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Ze liet haar rijbewijs zien, met nummer 5830192746.", "Ze liet haar rijbewijs zien, met nummer [DOCUMENT-1].")]
    [InlineData("His driving licence was checked, number 7710293845.", "His driving licence was checked, number [DOCUMENT-1].")]
    public void A_driving_licence_number_of_digits_only_later_in_the_clause_is_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Hij liet zijn rijbewijs zien en belde met nummer 0612345678.", "Hij liet zijn rijbewijs zien en belde met nummer [TELEFOON-1].")]
    [InlineData("Het paspoort ligt in de kluis, nummer 2024113 in het register.", "Het paspoort ligt in de kluis, nummer 2024113 in het register.")]
    [InlineData("Zijn rijbewijs toont nummer 111222333.", "Zijn rijbewijs toont nummer [BSN-1].")]
    public void Digits_only_near_a_document_are_a_document_number_only_for_a_driving_licence(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Op haar ID-kaart staat KX3829174, dat klopt niet met de BRP.", "Op haar ID-kaart staat [DOCUMENT-1], dat klopt niet met de BRP.")]
    [InlineData("Hij gaf zijn pasnr per telefoon door: QP7H3M829.", "Hij gaf zijn pasnr per telefoon door: [DOCUMENT-1].")]
    [InlineData("Her licence number is D70341289.", "Her licence number is [DOCUMENT-1].")]
    [InlineData("Registered under ID no. BRT502817.", "Registered under ID no. [DOCUMENT-1].")]
    public void A_value_shaped_like_a_document_number_a_few_words_after_the_keyword_is_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Het paspoort staat in zaak CS-2024-0113 beschreven.")]
    [InlineData("Zijn ID-kaart ligt sinds 2023 bij de gemeente.")]
    [InlineData("Op het paspoort staat een stempel van Schiphol.")]
    public void Words_and_references_after_a_document_keyword_stay(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("zijn paspoort is gestolen, nummer was XK4920183 volgens de aangifte", "zijn paspoort is gestolen, nummer was [DOCUMENT-1] volgens de aangifte")]
    [InlineData("ik heb de verblijfsvergunning gecontroleerd: nr. W71928364, geldig", "ik heb de verblijfsvergunning gecontroleerd: nr. [DOCUMENT-1], geldig")]
    public void A_number_after_a_colon_or_a_copula_later_in_the_clause_is_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));
}
