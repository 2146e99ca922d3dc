namespace CasuistiekBot.Tests.Privacy;

public sealed class VNumberTests
{
    [Theory]
    [InlineData("V-nummer 2715034862 hoort bij de moeder.", "V-nummer [VNUMMER-1] hoort bij de moeder.")]
    [InlineData("v-nr: 27.15.03.48.62", "v-nr: [VNUMMER-1]")]
    [InlineData("Vreemdelingennummer is 2715 034 862.", "Vreemdelingennummer is [VNUMMER-1].")]
    [InlineData("vnr 271503486 (een cijfer te weinig)", "vnr [VNUMMER-1] (een cijfer te weinig)")]
    [InlineData("His V-number is 0715034862.", "His V-number is [VNUMMER-1].")]
    public void Ten_digits_after_a_v_number_keyword_are_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("casus van een tolk, v 3310482957, wacht al lang", "casus van een tolk, v [VNUMMER-1], wacht al lang")]
    [InlineData("V-nummers: 3310482957 en 3310482958, moeder en zoon", "V-nummers: [VNUMMER-1] en [VNUMMER-2], moeder en zoon")]
    [InlineData("v-nr 3310482957, 3310482958 of 3310482959", "v-nr [VNUMMER-1], [VNUMMER-2] of [VNUMMER-3]")]
    [InlineData("V-numbers 3310482957 and 3310482958", "V-numbers [VNUMMER-1] and [VNUMMER-2]")]
    public void A_bare_v_label_and_every_number_listed_after_a_label_are_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Fact]
    public void A_small_number_after_a_list_word_stays() =>
        Assert.Equal("V-nummer [VNUMMER-1] en 12 andere dossiers liggen nog bij de unit.",
            Scrub.Text("V-nummer 3310482957 en 12 andere dossiers liggen nog bij de unit."));

    [Fact]
    public void The_ind_grouping_is_recognised_without_a_keyword() =>
        Assert.Equal("In het systeem staat [VNUMMER-1] verkeerd.", Scrub.Text("In het systeem staat 3012.56.7890 verkeerd."));

    [Fact]
    public void A_number_after_met_nummer_is_a_v_number_only_in_a_migration_context()
    {
        Assert.Equal("Bij de IND bekend met nummer [VNUMMER-1].", Scrub.Text("Bij de IND bekend met nummer 3104567281."));
        Assert.Equal("Het pakket met nummer 3104567281 is bezorgd.", Scrub.Text("Het pakket met nummer 3104567281 is bezorgd."));
    }

    [Theory]
    [InlineData("Het dossiernummer 1234567890 komt uit het oude systeem.")]
    [InlineData("Kenmerk 2024.12.3456 staat op de brief.")]
    public void Ten_digits_without_context_are_left_alone(string text) => Assert.Equal(text, Scrub.Text(text));

    [Fact]
    public void A_mobile_number_is_a_phone_number_not_a_v_number() =>
        Assert.Equal("Bel [TELEFOON-1].", Scrub.Text("Bel 0612345678."));
}
