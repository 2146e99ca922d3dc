namespace CasuistiekBot.Tests.Privacy;

public sealed class BsnTests
{
    [Theory]
    [InlineData("Haar BSN is 725763863.", "Haar BSN is [BSN-1].")]
    [InlineData("nummer 162.275.869 in het dossier", "nummer [BSN-1] in het dossier")]
    [InlineData("opgegeven: 1922 85 142, onjuist", "opgegeven: [BSN-1], onjuist")]
    [InlineData("volgens de brief 864 623 112 en niet anders", "volgens de brief [BSN-1] en niet anders")]
    public void A_nine_digit_number_passing_the_eleven_proof_is_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Het nummer 633021001 staat op de lijst.")]
    [InlineData("Er zijn 830573909 redenen.")]
    public void A_nine_digit_number_failing_the_eleven_proof_stays_without_a_keyword(string text) =>
        Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("BSN 633021001 is verkeerd overgenomen.", "BSN [BSN-1] is verkeerd overgenomen.")]
    [InlineData("burgerservicenummer: 830.573.909", "burgerservicenummer: [BSN-1]")]
    [InlineData("Sofinummer van de vader is 670930264.", "Sofinummer van de vader is [BSN-1].")]
    [InlineData("bsn 12345672 (acht cijfers)", "bsn [BSN-1] (acht cijfers)")]
    public void After_a_bsn_keyword_any_eight_or_nine_digits_are_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Het budget is € 725.763.863 voor dit jaar.")]
    [InlineData("Factuurnummer 725763863 is dubbel betaald.")]
    [InlineData("RSIN 725763863 van de stichting.")]
    [InlineData("Het nummer 7257638630 heeft tien cijfers.")]
    [InlineData("Code 17257638631 is te lang.")]
    public void Amounts_reference_numbers_and_longer_numbers_are_no_bsn(string text) =>
        Assert.Equal(text, Scrub.Text(text));

    [Fact]
    public void The_same_bsn_in_two_notations_gets_one_placeholder() =>
        Assert.Equal("[BSN-1] of [BSN-1]", Scrub.Text("725763863 of 725.763.863"));
}
