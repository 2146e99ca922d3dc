using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Safety;

namespace CasuistiekBot.Intake;

/// <summary>
/// A message that is no command: in a personal chat, a story of some length is taken as the start of a casus, unless
/// the person has a casus open, when it may well be more about that one and they are asked which
/// (<see cref="FollowUpMiddleware"/> takes the answer); a shorter message that asks to raise a casus starts the intake
/// (<see cref="RaiseIntent"/>), and anything else gets a pointer to what the bot can do. Acute
/// danger in such a message is answered before the question: the care message and the coordinators' alert cannot wait
/// for the person to say where the message belongs.
/// </summary>
internal sealed class StoryFallback(
    IntakeStarter starter, MyCases cases, PendingFollowUp pending, AcuteDangerDetector detector, DangerResponse danger, Texts texts) : IMessageFallback
{
    private const int StoryWords = 12;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.GetTextWithoutMentions();
        if (turn.Activity.IsPersonal() && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= StoryWords)
        {
            var open = await cases.OpenAsync(turn, cancellationToken);
            if (open.Count == 0)
            {
                await starter.StartAsync(turn, text, introduce: false, cancellationToken);
                return;
            }
            if (detector.Detect(text) is { Found: true } finding) await danger.AnswerAsync(turn, finding.Kinds, DangerMoment.FollowUp, cancellationToken);
            await pending.KeepAsync(turn, text, cancellationToken);
            var question = open.Count == 1
                ? texts.Get(IntakeTextKeys.FollowupQuestion, turn, open[0].Reference)
                : texts.Get(IntakeTextKeys.FollowupQuestionSeveral, turn, string.Join(", ", open.Select(c => c.Reference)));
            await turn.SendAsync(MessageFactory.Text(question) with
            {
                SuggestedActions = new SuggestedActions
                {
                    Actions = [SuggestedAction.Reply(texts.Get(IntakeTextKeys.FollowupAddition, turn)), SuggestedAction.Reply(texts.Get(IntakeTextKeys.FollowupNewCase, turn))],
                },
            }, cancellationToken);
            return;
        }
        if (turn.Activity.IsPersonal() && RaiseIntent.IsExpressedIn(text))
        {
            await starter.StartAsync(turn, story: null, introduce: true, cancellationToken);
            return;
        }
        await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.CommonUnknownMessage, turn)), cancellationToken);
    }
}
