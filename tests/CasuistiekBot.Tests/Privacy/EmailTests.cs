namespace CasuistiekBot.Tests.Privacy;

public sealed class EmailTests
{
    [Theory]
    [InlineData("mail a.hassan1990@gmail.com.", "mail [EMAIL-1].")]
    [InlineData("(J.deVries@advocaten-zuid.nl)", "([EMAIL-1])")]
    [InlineData("to fatima_k+ind@outlook.co.uk please", "to [EMAIL-1] please")]
    public void Email_addresses_are_replaced_without_trailing_punctuation(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Fact]
    public void Case_does_not_make_a_different_address() =>
        Assert.Equal("[EMAIL-1] en [EMAIL-1]", Scrub.Text("Piet@Example.nl en piet@example.nl"));

    [Fact]
    public void An_at_sign_without_a_domain_stays() => Assert.Equal("Overleg @ 14:00 met team@", Scrub.Text("Overleg @ 14:00 met team@"));
}
