using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Intake;

/// <summary>
/// Reads every message typed while an intake is open, whatever the question (a date, a choice, a story, "help"), before
/// the dialog sees it, so that acute danger is answered first. A story that starts an intake is read by
/// <see cref="IntakeStarter"/>, because no intake is open yet when it arrives.
/// </summary>
internal sealed class IntakeDangerMiddleware(IntakeDanger danger, IDialogEngine dialogs) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        // The detector is cheap and pure; the dialog state is read only when it found something.
        if (activity.Type == ActivityTypes.Message && activity.IsPersonal()
            && danger.Detect(activity.GetTextWithoutMentions()) is { Found: true } finding
            && await dialogs.GetActiveFrameAsync(turn, cancellationToken) is { FlowId: IntakeStarter.FlowId })
        {
            await danger.AnswerAsync(turn, finding, cancellationToken);
        }
        await next(cancellationToken);
    }
}
