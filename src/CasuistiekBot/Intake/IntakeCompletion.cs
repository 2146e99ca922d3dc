using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Intake;

/// <summary>
/// The author confirmed the summary: the casus is stored with its reference and route suggestions, the intake's state is
/// deleted, and the author hears what happens next and by when.
/// </summary>
internal sealed class IntakeCompletion(
    IntakeStateStore states,
    IDialogEngine dialogs,
    IntakeRouting routing,
    CaseSubmission submission,
    PersonTime time,
    Texts texts) : IFlowCompletionHandler
{
    public string Name => "intake.complete";

    public async Task OnCompletedAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        var state = await states.GetAsync(turn, cancellationToken);
        var answers = IntakeAnswers.From(frame, state.Draft);
        var advice = await routing.SuggestAsync(answers, state.Memory, turn.Language, cancellationToken);
        var from = turn.Activity.From!;
        var casus = await submission.SubmitAsync(new NewCasus(
            AuthorAadObjectId: from.AadObjectId ?? from.Id!,
            AuthorName: from.Name,
            AuthorChannelId: turn.Activity.ChannelId!,
            AuthorConversationId: turn.Activity.Conversation!.Id!,
            Visibility: answers.Visibility,
            Language: turn.Language,
            Story: answers.Story,
            Situation: answers.Situation == answers.Story ? null : answers.Situation,
            Chafes: answers.Chafes,
            Tried: answers.Tried,
            Wish: answers.Wish,
            Deadline: answers.Deadline,
            OrgUnit: answers.Unit,
            RoutesJson: advice.RoutesJson,
            Themes: advice.Themes,
            Replacements: string.Join(';', state.Memory.Entries.Select(e => $"{e.Kind}:{e.Placeholder}")),
            SafetyConcern: state.SafetyConcern is not null,
            Urgent: state.Urgent,
            AcuteDanger: state.AcuteDanger,
            Memory: state.Memory), cancellationToken);

        turn.State.Set(new SubmittedCasus(casus, answers, state.Memory));
        // Nothing of the intake stays under the author's conversation: for an anonymous casus it would name its author.
        await states.ClearAsync(turn, cancellationToken);
        await dialogs.ForgetCompletedAsync(turn, cancellationToken);

        var dueText = Texts.WeekDay(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(casus.TriageDueAt, time.ZoneOf(turn)).DateTime), turn.Language);
        var visibility = answers.Visibility switch
        {
            CasusVisibility.Named => LocalizationTextKeys.IntakeAckNamed,
            CasusVisibility.Anonymous => LocalizationTextKeys.IntakeAckAnonymous,
            _ => LocalizationTextKeys.IntakeAckConfidential,
        };
        await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.IntakeAck, turn, casus.Reference, dueText) + " " + texts.Get(visibility, turn)), cancellationToken);
    }
}

/// <summary>Handed from the completion to the card action that confirmed it, within one turn.</summary>
internal sealed record SubmittedCasus(Casus Casus, IntakeAnswers Answers, Privacy.ScrubMemory Memory);
