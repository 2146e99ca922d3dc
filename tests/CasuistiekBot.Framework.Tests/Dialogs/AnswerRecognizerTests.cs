using CasuistiekBot.Framework.Dialogs;

namespace CasuistiekBot.Framework.Tests.Dialogs;

public sealed class AnswerRecognizerTests
{
    // Monday 2 November 2026.
    private static readonly DateOnly Today = new(2026, 11, 2);

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
        Assert.Equal(iso, Recognize(Step(StepKind.Date), text));

    [Theory]
    [InlineData("31-02-2026")]
    [InlineData("13-13-2026")]
    [InlineData("ergens volgend jaar")]
    [InlineData("volgende week")]
    [InlineData("15 smarch 2026")]
    public void Impossible_or_vague_dates_are_not_recognized(string text) => Assert.Null(Recognize(Step(StepKind.Date), text));

    [Theory]
    [InlineData("geen")]
    [InlineData("None")]
    [InlineData("n.v.t.")]
    [InlineData("overslaan")]
    public void An_optional_step_can_be_skipped(string text) => Assert.Equal("", Recognize(Step(StepKind.Date, optional: true), text));

    [Fact]
    public void A_required_step_cannot_be_skipped() => Assert.Null(Recognize(Step(StepKind.Date), "geen"));

    [Theory]
    [InlineData("ja", "true")]
    [InlineData("J", "true")]
    [InlineData("Klopt!", "true")]
    [InlineData("oké", "true")]
    [InlineData("Yes please", "true")]
    [InlineData("nee", "false")]
    [InlineData("n", "false")]
    [InlineData("klopt niet", "false")]
    [InlineData("No.", "false")]
    [InlineData("misschien", null)]
    [InlineData("jazz", null)]
    public void Yes_and_no_are_recognized(string text, string? expected) => Assert.Equal(expected, Recognize(Step(StepKind.Confirm), text));

    [Theory]
    [InlineData("1", "advies")]
    [InlineData("2.", "gedeeld-beeld")]
    [InlineData("gedeeld-beeld", "gedeeld-beeld")]
    [InlineData("GEDEELD BEELD", "gedeeld-beeld")]
    [InlineData("Advice on the case", "advies")]
    [InlineData("raad", "advies")]
    [InlineData("ik zoek raad", "advies")]
    [InlineData("3", null)]
    [InlineData("0", null)]
    [InlineData("raad over een gedeeld beeld", null)]
    public void Choices_are_recognized_by_number_value_title_or_synonym(string text, string? expected)
    {
        var step = Step(StepKind.Choice) with
        {
            Choices =
            [
                new FlowChoice("advies", new LocalizedText("Advies", "Advice on the case"), ["raad"]),
                new FlowChoice("gedeeld-beeld", new LocalizedText("Een gedeeld beeld", "A shared view"), []),
            ],
        };
        Assert.Equal(expected, Recognize(step, text));
    }

    [Fact]
    public void Text_keeps_its_line_breaks_and_respects_the_limit()
    {
        var step = Step(StepKind.Text) with { MaxLength = 10 };
        Assert.Equal("a\nb", Recognize(step, "  a\nb "));
        Assert.Equal(RecognitionStatus.TooLong, AnswerRecognizer.Recognize(step, "12345678901", Today).Status);
        Assert.Equal(RecognitionStatus.NotUnderstood, AnswerRecognizer.Recognize(step, "   ", Today).Status);
    }

    [Theory]
    [InlineData("stop", "Cancel")]
    [InlineData("Annuleer!", "Cancel")]
    [InlineData("?", "Help")]
    [InlineData("Hulp", "Help")]
    [InlineData("ga terug", "Back")]
    [InlineData("PAUZE", "Pause")]
    [InlineData("verder", "Resume")]
    [InlineData("ik wil stoppen", "None")]
    public void Commands_are_whole_messages(string text, string command) =>
        Assert.Equal(command, DialogCommands.Parse(text).ToString());

    private static string? Recognize(FlowStep step, string text) =>
        AnswerRecognizer.Recognize(step, text, Today) is { Status: RecognitionStatus.Recognized } r ? r.Value : null;

    private static FlowStep Step(StepKind kind, bool optional = false) => new()
    {
        Id = "step",
        Index = 0,
        Kind = kind,
        Prompt = new LocalizedText("Vraag?", "Question?"),
        Optional = optional,
    };
}
