using System.Globalization;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Understanding;

/// <summary>
/// Reads the answers to choice, date and yes/no steps the way people type them, for the dialogs and for the
/// <c>understand</c> command alike. An answer to a question asked back is first read against the options offered.
/// </summary>
internal sealed class UnderstandingInterpreter(Texts texts) : IAnswerInterpreter
{
    public AnswerInterpretation? Interpret(FlowStep step, string text, AnswerContext context) => step.Kind switch
    {
        StepKind.Choice => Choice(step, text, context),
        StepKind.Date => Date(step, text, context),
        StepKind.Confirm => YesNo(text, context),
        _ => null,
    };

    private AnswerInterpretation Choice(FlowStep step, string text, AnswerContext context)
    {
        var offered = context.Offered.Select(o => step.Choices.FirstOrDefault(c => c.Value == o.Value)).OfType<FlowChoice>().ToList();
        if (offered.Count > 0 && ChoiceReader.Read(offered, text, step.Multiple) is { Kind: ChoiceAnswerKind.One or ChoiceAnswerKind.Several } picked)
        {
            return AnswerInterpretation.Recognized(string.Join(',', picked.Values));
        }
        var answer = ChoiceReader.Read(step.Choices, text, step.Multiple);
        return answer.Kind switch
        {
            ChoiceAnswerKind.One or ChoiceAnswerKind.Several => AnswerInterpretation.Recognized(string.Join(',', answer.Values)),
            ChoiceAnswerKind.Ambiguous => AskBack.Of(texts, UnderstandingTextKeys.UnderstandChoiceAskBack, context.Language,
                answer.Values.Select(v => new AnswerOption(v, step.Choices.First(c => c.Value == v).Title.For(context.Language))).ToList()),
            _ => AnswerInterpretation.NotUnderstood(texts.Get(UnderstandingTextKeys.UnderstandChoiceUnknown, context.Language)),
        };
    }

    private AnswerInterpretation Date(FlowStep step, string text, AnswerContext context)
    {
        var language = context.Language;
        if (Offered(text, context) is { } chosen) return AnswerInterpretation.Recognized(chosen, Noted(UnderstandingTextKeys.UnderstandDateNoted, chosen, language));

        var answer = DateReader.Read(text, context.Today, language);
        switch (answer.Kind)
        {
            case DateAnswerKind.Date:
                var iso = Iso(answer.Date!.Value);
                return AnswerInterpretation.Recognized(iso, Noted(answer.Urgent ? UnderstandingTextKeys.UnderstandDateUrgent : UnderstandingTextKeys.UnderstandDateNoted, iso, language));
            case DateAnswerKind.NoDeadline:
                return step.Optional ? AnswerInterpretation.Recognized("") : AnswerInterpretation.NotUnderstood(texts.Get(UnderstandingTextKeys.UnderstandDateRequired, language));
            case DateAnswerKind.Ambiguous:
                return AskBack.Of(texts, UnderstandingTextKeys.UnderstandDateAskBack, language, answer.Candidates.Select(d => new AnswerOption(Iso(d), Label(d, language))).ToList());
            default:
                var reason = answer.Reason switch
                {
                    DateUnknownReason.Past => UnderstandingTextKeys.UnderstandDatePast,
                    DateUnknownReason.Impossible => UnderstandingTextKeys.UnderstandDateImpossible,
                    DateUnknownReason.Vague => UnderstandingTextKeys.UnderstandDateVague,
                    _ => UnderstandingTextKeys.UnderstandDateNothing,
                };
                return AnswerInterpretation.NotUnderstood(texts.Get(reason, language));
        }
    }

    private AnswerInterpretation YesNo(string text, AnswerContext context)
    {
        if (Offered(text, context) is { } chosen) return AnswerInterpretation.Recognized(chosen);
        return YesNoReader.Read(text) switch
        {
            YesNoAnswer.Yes => AnswerInterpretation.Recognized("true"),
            YesNoAnswer.No => AnswerInterpretation.Recognized("false"),
            YesNoAnswer.Correction or YesNoAnswer.Mixed => AskBack.Of(texts, UnderstandingTextKeys.UnderstandYesNoAskBack, context.Language,
                [new("true", texts.Get(UnderstandingTextKeys.UnderstandYes, context.Language)), new("false", texts.Get(UnderstandingTextKeys.UnderstandNo, context.Language))]),
            _ => AnswerInterpretation.NotUnderstood(texts.Get(UnderstandingTextKeys.UnderstandYesNoUnknown, context.Language)),
        };
    }

    // "de tweede", "vrijdag 13": one of the options asked back, by its place or its words.
    private static string? Offered(string text, AnswerContext context)
    {
        if (context.Offered.Count == 0) return null;
        var options = context.Offered.Select(o => new FlowChoice(o.Value, new LocalizedText(o.Label, o.Label), [])).ToList();
        return ChoiceReader.Read(options, text, multiple: false) is { Kind: ChoiceAnswerKind.One } picked ? picked.Values[0] : null;
    }

    private string Noted(string key, string iso, string language) =>
        texts.Get(key, language, Label(DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture), language));

    public static string Label(DateOnly date, string language) =>
        Texts.WeekDay(date, language);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
