using CasuistiekBot.Framework.Cards;

namespace CasuistiekBot.Framework.Tests.Cards;

/// <summary>A placeholder the binder cannot expand is refused when the template loads, never left in a card.</summary>
public sealed class CardTemplateErrorTests
{
    [Theory]
    [InlineData("""{ "body": [ { "text": "Hallo ${naam" } ] }""", "unclosed placeholder at $.body[0].text")]
    [InlineData("""{ "text": "${count > 0}" }""", "bad placeholder at $.text")]
    [InlineData("""{ "text": "${}" }""", "bad placeholder at $.text")]
    [InlineData("""{ "text": "${if(a, b, c)}" }""", "bad placeholder at $.text")]
    [InlineData("""{ "text": "${$bogus.x}" }""", "unknown variable '$bogus'")]
    [InlineData("""{ "${key}": 1 }""", "placeholder in a property name")]
    [InlineData("""{ "body": [ { "$when": "flag", "text": "x" } ] }""", "$when at $.body[0] must be a single placeholder")]
    [InlineData("""{ "body": [ { "$data": "lijst: ${items}", "text": "x" } ] }""", "$data at $.body[0] must be a single placeholder")]
    [InlineData("""{ "body": [ { "$when": true, "text": "x" } ] }""", "$when at $.body[0] must be a single placeholder")]
    public void A_leftover_or_malformed_placeholder_is_reported_with_the_template_and_its_place(string json, string expected)
    {
        var error = Assert.Throws<CardTemplateException>(() => CardTemplate.Parse("welkom", json));

        Assert.Contains("'welkom'", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("{ \"type\": ")]
    [InlineData("[1, 2]")]
    [InlineData("\"AdaptiveCard\"")]
    public void A_template_that_is_not_a_json_object_is_refused(string json)
    {
        var error = Assert.Throws<CardTemplateException>(() => CardTemplate.Parse("kapot", json));

        Assert.Contains("'kapot'", error.Message);
    }

    [Fact]
    public void Lone_dollars_and_braces_are_ordinary_text()
    {
        var card = CardTemplate.Parse("t", """{ "text": "kosten $ 5 {ca.} $5 ${amount}" }""").Bind(new { Amount = 5 });

        Assert.Equal("kosten $ 5 {ca.} $5 5", card["text"]!.GetValue<string>());
    }
}
