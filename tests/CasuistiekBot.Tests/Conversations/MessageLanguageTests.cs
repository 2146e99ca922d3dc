using CasuistiekBot.Localization;

namespace CasuistiekBot.Tests.Conversations;

/// <summary>What language a message is in, decided only with a margin.</summary>
public sealed class MessageLanguageTests
{
    [Theory]
    [InlineData("hallo", "nl")]
    [InlineData("Goedemorgen!", "nl")]
    [InlineData("Ik ben bang dat hij zichzelf iets aandoet; hij zei dat hij het niet meer ziet zitten", "nl")]
    [InlineData("voor 15 januari, dan verloopt de beslistermijn", "nl")]
    [InlineData("een gedeeld beeld en advies graag", "nl")]
    [InlineData("hello", "en")]
    [InlineData("Thanks!", "en")]
    [InlineData("I am not sure what to do with this family, the rules do not allow a delay", "en")]
    [InlineData("by next Friday please", "en")]
    [InlineData("ok", null)]
    [InlineData("2", null)]
    [InlineData("CS-2026-0042", null)]
    [InlineData("IND", null)]
    [InlineData("I had een meeting met de manager", null)]
    public void A_message_is_dutch_english_or_not_clear(string text, string? expected) =>
        Assert.Equal(expected, MessageLanguage.Of(text));
}
