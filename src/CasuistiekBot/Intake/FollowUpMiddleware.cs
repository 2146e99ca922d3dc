using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Intake;

/// <summary>
/// The answer to "is this an addition to CS-… or a new casus?" (<see cref="StoryFallback"/>): the waiting message is added
/// to the open casus, or starts the intake as its story. Any other message lets the question go, and is handled as usual.
/// </summary>
internal sealed class FollowUpMiddleware(
    PendingFollowUp pending, IDialogEngine dialogs, IntakeStarter starter, AdditionHandler additions, MyCases cases, Texts texts)
    : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        // The question is asked only when no flow takes the message, so while one does none is open; the dialog state is read in every
        // message turn anyway, and the look for a waiting message is then saved.
        if (activity.Type != ActivityTypes.Message || !activity.IsPersonal() || activity.Value is not null
            || await dialogs.GetActiveFrameAsync(turn, cancellationToken) is { Paused: false }
            || await pending.TakeAsync(turn, cancellationToken) is not { } text)
        {
            await next(cancellationToken);
            return;
        }

        var answer = activity.GetTextWithoutMentions().Trim().ToLowerInvariant();
        if (Matches(answer, IntakeTextKeys.FollowupAddition))
        {
            await AddAsync(turn, text, cancellationToken);
            return;
        }
        if (Matches(answer, IntakeTextKeys.FollowupNewCase))
        {
            await starter.StartAsync(turn, text, introduce: false, cancellationToken);
            return;
        }
        await next(cancellationToken);
    }

    private async Task AddAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        var open = await cases.OpenAsync(turn, cancellationToken);
        if (open.Count != 1)
        {
            // None left open, or several: the form says which, with the message already filled in.
            await additions.OfferAsync(turn, text, cancellationToken);
            return;
        }
        var (result, casus) = await additions.AddAsync(turn, open[0].Id.ToString(), text, cancellationToken);
        var message = result.Outcome == CaseAddition.Outcome.Added
            ? texts.Get(CasesTextKeys.AdditionAddedMessage, turn, casus!.Reference, result.Text!)
            : texts.Get(CasesTextKeys.AdditionNotOpen, turn, open[0].Reference);
        await turn.SendAsync(MessageFactory.Text(message), cancellationToken);
    }

    private bool Matches(string answer, string key) =>
        texts.Get(key, "nl").Equals(answer, StringComparison.OrdinalIgnoreCase) || texts.Get(key, "en").Equals(answer, StringComparison.OrdinalIgnoreCase)
        || texts.Get(key + ".also", "nl").Split('|').Contains(answer);
}
