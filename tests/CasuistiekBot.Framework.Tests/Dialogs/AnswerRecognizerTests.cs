using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Testing.Dialogs;

namespace CasuistiekBot.Framework.Tests.Dialogs;

public sealed class AnswerRecognizerTests
{
    // Monday 2 November 2026.
    private static readonly DateOnly Today = new(2026, 11, 2);

    [Theory]
    [InlineData("15-12-2026", "2026-12-15")]
    [InlineData("2026-12-15.", "2026-12-15")]
    [InlineData("31-02-2026", null)]
    [InlineData("Morgen!", "2026-11-03")]
    public void A_date_step_stores_what_the_vocabulary_reads_from_the_folded_text_as_an_iso_date(string text, string? iso) =>
        Assert.Equal(iso, Recognize(Step(StepKind.Date), text));

    [Theory]
    [InlineData("Geen!")]
    [InlineData("-")]
    [InlineData("  ")]
    public void An_optional_step_can_be_skipped(string text) => Assert.Equal("", Recognize(Step(StepKind.Date, optional: true), text));

    [Fact]
    public void A_required_step_cannot_be_skipped() => Assert.Null(Recognize(Step(StepKind.Date), "geen"));

    [Theory]
    [InlineData("JA", "true")]
    [InlineData("Nee.", "false")]
    [InlineData("misschien", null)]
    public void A_yes_no_step_stores_true_or_false(string text, string? expected) => Assert.Equal(expected, Recognize(Step(StepKind.Confirm), text));

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
        Assert.Equal(RecognitionStatus.TooLong, AnswerRecognizer.Recognize(step, "12345678901", Today, TestDialogLanguage.Instance).Status);
        Assert.Equal(RecognitionStatus.NotUnderstood, AnswerRecognizer.Recognize(step, "   ", Today, TestDialogLanguage.Instance).Status);
    }

    [Theory]
    [InlineData("stop", "Cancel")]
    [InlineData("Annuleer!", "Cancel")]
    [InlineData("?", "Help")]
    [InlineData(" ? ", "Help")]
    [InlineData("PAUZE", "Pause")]
    [InlineData("ik wil stoppen", "None")]
    public void Commands_are_whole_messages_read_by_the_vocabulary(string text, string command) =>
        Assert.Equal(command, DialogCommands.Parse(text, TestDialogLanguage.Instance).ToString());

    private static string? Recognize(FlowStep step, string text) =>
        AnswerRecognizer.Recognize(step, text, Today, TestDialogLanguage.Instance) is { Status: RecognitionStatus.Recognized } r ? r.Value : null;

    private static FlowStep Step(StepKind kind, bool optional = false) => new()
    {
        Id = "step",
        Index = 0,
        Kind = kind,
        Prompt = new LocalizedText("Vraag?", "Question?"),
        Optional = optional,
    };
}
