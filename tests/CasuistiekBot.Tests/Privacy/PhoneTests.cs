namespace CasuistiekBot.Tests.Privacy;

public sealed class PhoneTests
{
    [Theory]
    [InlineData("06-12345678")]
    [InlineData("06 12 34 56 78")]
    [InlineData("0612345678")]
    [InlineData("06-1234 5678")]
    [InlineData("+31 6 12345678")]
    [InlineData("+31(0)6-12345678")]
    [InlineData("+31 (0)6 12 34 56 78")]
    [InlineData("0031 6 12345678")]
    [InlineData("+316 12345678")]
    [InlineData("010-1234567")]
    [InlineData("020 123 4567")]
    [InlineData("(020) 123 4567")]
    [InlineData("0592-123456")]
    [InlineData("+31 20 123 4567")]
    [InlineData("+32 470 12 34 56")]
    [InlineData("+963 944 123 456")]
    [InlineData("0049 30 12345678")]
    public void Phone_numbers_in_common_notations_are_replaced(string number) =>
        Assert.Equal("Bel [TELEFOON-1] na vijf uur.", Scrub.Text($"Bel {number} na vijf uur."));

    [Fact]
    public void National_and_international_notation_of_one_number_share_a_placeholder() =>
        Assert.Equal("[TELEFOON-1] of [TELEFOON-1]", Scrub.Text("06-12345678 of +31 6 1234 5678"));

    [Theory]
    [InlineData("Bel de IND op 088 043 0430.")]
    [InlineData("Informatielijn 0800-1234 of 0900-1234567.")]
    [InlineData("Op 01-02-2023 10:00 begint het gesprek.")]
    [InlineData("Kenmerk 2000 0001 2345 6789 van het CJIB.")]
    [InlineData("Het gebeurde tussen 09.30 en 10.15 uur.")]
    [InlineData("Bel 14 020 voor de gemeente.")]
    public void Organisation_numbers_dates_and_times_stay(string text) => Assert.Equal(text, Scrub.Text(text));
}
