using System.Globalization;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Tests.Localization;

// What the dialog engine understands in Dutch and English; the text is folded as the engine folds it.
public sealed class DialogVocabularyTests
{
    // Monday 2 November 2026.
    private static readonly DateOnly Today = new(2026, 11, 2);

    private readonly DialogVocabulary _words = new();

    [Theory]
    [InlineData("15-12-2026", "2026-12-15")]
    [InlineData("15/12/2026", "2026-12-15")]
    [InlineData("5.1.27", "2027-01-05")]
    [InlineData("2026-12-15", "2026-12-15")]
    [InlineData("15 december 2026", "2026-12-15")]
    [InlineData("15 December", "2026-12-15")]
    [InlineData("1 mrt", "2027-03-01")]
    [InlineData("3 okt. 2027", "2027-10-03")]
    [InlineData("December 15, 2026", "2026-12-15")]
    [InlineData("march 1st", "2027-03-01")]
    [InlineData("1st of March 2027", "2027-03-01")]
    [InlineData("vrijdag 20 november 2026", "2026-11-20")]
    [InlineData("vandaag", "2026-11-02")]
    [InlineData("Morgen", "2026-11-03")]
    [InlineData("overmorgen", "2026-11-04")]
    [InlineData("tomorrow", "2026-11-03")]
    [InlineData("over 3 weken", "2026-11-23")]
    [InlineData("in 10 days", "2026-11-12")]
    [InlineData("vrijdag", "2026-11-06")]
    [InlineData("maandag", "2026-11-09")]
    [InlineData("aanstaande woensdag", "2026-11-04")]
    [InlineData("volgende week vrijdag", "2026-11-13")]
    [InlineData("friday next week", "2026-11-13")]
    [InlineData("next Friday", "2026-11-06")]
    public void Dates_are_recognized_in_Dutch_and_English(string text, string iso) =>
        Assert.Equal(iso, Date(text));

    [Theory]
    [InlineData("31-02-2026")]
    [InlineData("13-13-2026")]
    [InlineData("ergens volgend jaar")]
    [InlineData("volgende week")]
    [InlineData("15 smarch 2026")]
    public void Impossible_or_vague_dates_are_not_recognized(string text) => Assert.Null(Date(text));

    [Theory]
    [InlineData("geen")]
    [InlineData("None")]
    [InlineData("n.v.t.")]
    [InlineData("overslaan")]
    public void Nothing_or_skip_skips_an_optional_question(string text) => Assert.True(_words.MeansSkip(TextNormalizer.Normalize(text)));

    [Fact]
    public void An_ordinary_answer_does_not_skip() => Assert.False(_words.MeansSkip(TextNormalizer.Normalize("geen idee")));

    [Theory]
    [InlineData("ja", true)]
    [InlineData("J", true)]
    [InlineData("Klopt!", true)]
    [InlineData("oké", true)]
    [InlineData("Yes please", true)]
    [InlineData("nee", false)]
    [InlineData("n", false)]
    [InlineData("klopt niet", false)]
    [InlineData("No.", false)]
    [InlineData("misschien", null)]
    [InlineData("jazz", null)]
    public void Yes_and_no_are_recognized(string text, bool? expected) =>
        Assert.Equal(expected, _words.ReadYesNo(TextNormalizer.Normalize(text)));

    [Theory]
    [InlineData("stop", "Cancel")]
    [InlineData("Annuleer!", "Cancel")]
    [InlineData("Hulp", "Help")]
    [InlineData("ga terug", "Back")]
    [InlineData("PAUZE", "Pause")]
    [InlineData("verder", "Resume")]
    [InlineData("ik wil stoppen", "None")]
    public void Commands_are_whole_messages(string text, string command) =>
        Assert.Equal(command, _words.ReadCommand(TextNormalizer.Normalize(text)).ToString());

    private string? Date(string text) =>
        _words.ReadDate(TextNormalizer.NormalizeDate(text), Today)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
