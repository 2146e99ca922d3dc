using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Localization;
using CasuistiekBot.Understanding;

namespace CasuistiekBot.Intake;

/// <summary>
/// A typed answer to the summary card: "ja" submits; "nee" asks what to change; a correction that names what is wrong
/// ("ja, alleen de datum klopt niet") goes straight to that question, one that does not asks what to change.
/// </summary>
internal sealed class SummaryReplyInterpreter(Texts texts) : IAnswerInterpreter
{
    private static readonly Dictionary<string, string[]> FieldWords = new(StringComparer.Ordinal)
    {
        ["story"] = ["verhaal", "story", "beschrijving", "description"],
        ["situation"] = ["situatie", "situation"],
        ["chafes"] = ["schuurt", "schuren", "wringt", "chafes", "botst"],
        ["tried"] = ["geprobeerd", "tried", "besproken"],
        ["wish"] = ["wens", "wish", "doel", "bereiken", "goal"],
        ["deadline"] = ["datum", "deadline", "haast", "termijn", "beslistermijn", "date", "urgency", "urgentie"],
        ["unit"] = ["directie", "afdeling", "organisatie", "unit", "directorate", "organisation", "organization", "department"],
        ["visibility"] = ["zichtbaarheid", "naam", "anoniem", "vertrouwelijk", "visibility", "name", "anonymous", "confidential"],
    };

    public AnswerInterpretation? Interpret(FlowStep step, string text, AnswerContext context)
    {
        if (step.Kind != StepKind.Card || step.Card != "intake.summary") return null;
        var fields = Fields(context.Language);
        if (context.Offered.Count > 0 && ChoiceReader.Read(fields, text, multiple: false) is { Kind: ChoiceAnswerKind.One } chosen)
        {
            return AnswerInterpretation.GoToStep(chosen.Values[0]);
        }
        return YesNoReader.Read(text) switch
        {
            YesNoAnswer.Yes => AnswerInterpretation.Recognized("submit"),
            YesNoAnswer.No or YesNoAnswer.Correction or YesNoAnswer.Mixed =>
                ChoiceReader.Read(fields, text, multiple: false) is { Kind: ChoiceAnswerKind.One } named
                    ? AnswerInterpretation.GoToStep(named.Values[0])
                    : AskBack.Of(texts, IntakeTextKeys.IntakeChangeQuestion, context.Language,
                        fields.Select(f => new AnswerOption(f.Value, f.Title.For(context.Language))).ToList()),
            _ => AnswerInterpretation.NotUnderstood(texts.Get(IntakeTextKeys.IntakeChangeUnknown, context.Language)),
        };
    }

    private List<FlowChoice> Fields(string language) => IntakeAnswers.EditableSteps
        .Select(step => new FlowChoice(step,
            new LocalizedText(texts.Get(LocalizationTextKeys.IntakeFieldPrefix + step, "nl"), texts.Get(LocalizationTextKeys.IntakeFieldPrefix + step, "en")),
            FieldWords[step]))
        .ToList();
}
