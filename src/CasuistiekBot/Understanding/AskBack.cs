using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Understanding;

/// <summary>A question back with its options as a numbered list, so that "2", "de tweede" or the words all answer it.</summary>
internal static class AskBack
{
    public static AnswerInterpretation Of(Texts texts, string questionKey, string language, IReadOnlyList<AnswerOption> options)
    {
        var list = string.Join("\n", options.Select((o, i) => $"{i + 1}. {o.Label}"));
        return AnswerInterpretation.AskBack(
            $"{texts.Get(questionKey, language)}\n\n{list}\n\n{texts.Get(UnderstandingTextKeys.UnderstandListIntro, language)}", options);
    }
}
