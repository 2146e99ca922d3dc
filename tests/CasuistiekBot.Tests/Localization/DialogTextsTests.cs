using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Tests.Localization;

public sealed class DialogTextsTests
{
    private static readonly Texts Catalog = new();

    [Fact]
    public void Everything_the_dialog_engine_says_is_worded_in_Dutch_and_in_English()
    {
        var texts = new DialogTexts(Catalog);

        foreach (var text in Enum.GetValues<DialogText>())
        {
            var dutch = texts.Get(text, "nl");
            var english = texts.Get(text, "en");
            Assert.False(string.IsNullOrWhiteSpace(dutch), $"{text} has no Dutch text");
            Assert.False(string.IsNullOrWhiteSpace(english), $"{text} has no English text");
            Assert.NotEqual(dutch, english);
        }
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void The_yes_and_no_buttons_are_read_back_as_yes_and_no(string language)
    {
        var texts = new DialogTexts(Catalog);
        var words = new DialogVocabulary();

        Assert.True(words.ReadYesNo(TextNormalizer.Normalize(texts.Get(DialogText.Yes, language))));
        Assert.False(words.ReadYesNo(TextNormalizer.Normalize(texts.Get(DialogText.No, language))));
    }

    [Fact]
    public void The_pipeline_speaks_the_turns_language()
    {
        var messages = new PipelineTexts(Catalog);

        Assert.StartsWith("Sorry, er ging iets mis", messages.Error("nl"), StringComparison.Ordinal);
        Assert.StartsWith("Sorry, something went wrong", messages.Error("en"), StringComparison.Ordinal);
        Assert.Equal("Deze actie is niet (meer) beschikbaar.", messages.UnknownAction("nl"));
        Assert.Equal("This action is not (or no longer) available.", messages.UnknownAction("en"));
    }
}
