namespace CasuistiekBot.Tests.Privacy;

public sealed class IbanTests
{
    [Theory]
    [InlineData("op NL91ABNA0417164300 gestort", "op [IBAN-1] gestort")]
    [InlineData("rekening NL20 INGB 0001 2345 67 van de ex", "rekening [IBAN-1] van de ex")]
    [InlineData("iban nl39rabo0300065264.", "iban [IBAN-1].")]
    [InlineData("Belgisch: BE68 5390 0754 7034 en verder", "Belgisch: [IBAN-1] en verder")]
    [InlineData("Duits: DE89370400440532013000", "Duits: [IBAN-1]")]
    [InlineData("Frans: FR76 3000 6000 0112 3456 7890 189 (oud)", "Frans: [IBAN-1] (oud)")]
    public void Valid_ibans_of_several_countries_are_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("NL91ABNA0417164301 heeft een verkeerd controlegetal.")]
    [InlineData("NL00ABNA0417164300 ook.")]
    [InlineData("De code NL91ABNA04 is te kort.")]
    public void A_failing_checksum_or_wrong_length_is_no_iban(string text) => Assert.Equal(text, Scrub.Text(text));

    [Fact]
    public void Compact_and_grouped_forms_of_one_iban_share_a_placeholder() =>
        Assert.Equal("[IBAN-1] = [IBAN-1]", Scrub.Text("NL91ABNA0417164300 = nl91 abna 0417 1643 00"));
}
