using System.Text;
using CasuistiekBot.Framework.Cards;

namespace CasuistiekBot.Framework.Tests.Cards;

public sealed class CardSizeTests
{
    private static readonly CardTemplate Template = CardTemplate.Parse("groot", """{ "type": "AdaptiveCard", "text": "${text}" }""");

    [Fact]
    public void Size_is_the_serialized_json_counted_as_utf16_bytes()
    {
        var card = Template.Bind(new { Text = "abc" });

        Assert.Equal(Encoding.Unicode.GetByteCount("""{"type":"AdaptiveCard","text":"abc"}"""), AdaptiveCard.MeasureSize(card));
    }

    [Fact]
    public void A_card_over_80_KB_is_refused_with_its_size_so_the_caller_can_shrink_it()
    {
        var error = Assert.Throws<CardTooLargeException>(() => Template.Bind(new { Text = new string('x', 41_000) }));

        Assert.Equal("groot", error.TemplateName);
        Assert.Equal(80 * 1024, error.Limit);
        Assert.True(error.Size >= error.Limit, $"reported size {error.Size}");
        Assert.Contains("groot", error.Message);
    }

    [Fact]
    public void A_card_just_under_the_limit_binds()
    {
        var overhead = AdaptiveCard.MeasureSize(Template.Bind(new { Text = "" })) / 2;
        var justUnder = new string('x', AdaptiveCard.MaxSizeInBytes / 2 - overhead - 1);

        var card = Template.Bind(new { Text = justUnder });

        Assert.Equal(AdaptiveCard.MaxSizeInBytes - 2, AdaptiveCard.MeasureSize(card));
    }

    [Fact]
    public void Non_ascii_characters_count_as_they_go_on_the_wire_unescaped()
    {
        // The connector sends plain UTF-8 JSON (é, not \u00E9); Teams measures the message as UTF-16.
        var plain = AdaptiveCard.MeasureSize(Template.Bind(new { Text = "e" }));
        var accented = AdaptiveCard.MeasureSize(Template.Bind(new { Text = "é" }));
        var escapedQuote = AdaptiveCard.MeasureSize(Template.Bind(new { Text = "\"" }));

        Assert.Equal(plain, accented);
        Assert.Equal(plain + 2, escapedQuote);
    }
}
