using System.Globalization;

namespace CasuistiekBot.Framework.Dialogs;

// Recognizes a typed (or prefilled) answer according to the step's kind.
internal static class AnswerRecognizer
{
    public static Recognition Recognize(FlowStep step, string text, DateOnly today, IDialogVocabulary words)
    {
        var trimmed = text.Trim();
        if (step.Optional && (trimmed.Length == 0 || trimmed == "-" || words.MeansSkip(TextNormalizer.Normalize(trimmed))))
        {
            return Recognition.Of("");
        }
        return step.Kind switch
        {
            StepKind.Text or StepKind.Card when trimmed.Length == 0 => Recognition.NotUnderstood,
            StepKind.Text when trimmed.Length > step.MaxLength => Recognition.TooLong,
            StepKind.Text or StepKind.Card => Recognition.Of(trimmed),
            StepKind.Choice => ChoiceRecognizer.Recognize(step.Choices, trimmed) is { } c ? Recognition.Of(c.Value) : Recognition.NotUnderstood,
            StepKind.Confirm => words.ReadYesNo(TextNormalizer.Normalize(trimmed)) is { } yes ? Recognition.Of(yes ? "true" : "false") : Recognition.NotUnderstood,
            StepKind.Date => words.ReadDate(TextNormalizer.NormalizeDate(trimmed), today) is { } d
                ? Recognition.Of(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                : Recognition.NotUnderstood,
            _ => Recognition.NotUnderstood,
        };
    }
}
