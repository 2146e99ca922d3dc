using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Retention;

/// <summary>
/// "Verwijder mijn casus": the author picks one of their own cases, reads what erasing means, and confirms; the casus is
/// then withdrawn if still open and its texts erased. Only ever the author's own casus, found the way "mijn casussen"
/// finds it (anonymous ones by the lookup value); an id that is not theirs gets the same answer as one that does not exist.
/// </summary>
internal sealed class EraseMyCaseHandler(MyCases cases, EraseCards cards, CaseErasure erasure, Texts texts) : ICommandHandler, ICardActionHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["verwijder mijn casus", "wis mijn casus", "delete my case", "erase my case"];

    public CommandScope Scope => CommandScope.Personal;

    public IReadOnlyCollection<string> Verbs { get; } = [RetentionVerbs.ErasePick, RetentionVerbs.EraseConfirm, RetentionVerbs.EraseCancel];

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await turn.SendAsync(MessageFactory.Card(cards.Pick(await cases.ListAsync(turn, cancellationToken), turn.Language)), cancellationToken);

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var casus = await cases.FindOwnAsync(turn, action.GetString("casusId"), cancellationToken);
        if (casus is null) return texts.Answer(turn, LocalizationTextKeys.MycasesNotOwn);
        if (casus.Status == CasusStatus.Discussed) return texts.Answer(turn, RetentionTextKeys.EraseFollowUp, casus.Reference);
        switch (action.Verb)
        {
            case RetentionVerbs.ErasePick:
                return InvokeResponse.Card(cards.Confirm(casus, turn.Language));
            case RetentionVerbs.EraseCancel:
                return InvokeResponse.Card(cards.Cancelled(casus, turn.Language));
        }

        var result = await erasure.EraseAsync(casus.Id, Audit.Author, texts.Get(RetentionTextKeys.EraseReasonAuthor, "nl"), cancellationToken);
        if (result.Outcome != CaseErasure.Outcome.Erased)
        {
            var refusal = result.Outcome == CaseErasure.Outcome.InFollowUp ? RetentionTextKeys.EraseFollowUp : RetentionTextKeys.EraseChanged;
            return texts.Answer(turn, refusal, casus.Reference);
        }
        await turn.SendAsync(MessageFactory.Text(texts.Get(result.Withdrawn ? RetentionTextKeys.EraseDoneWithdrawn : RetentionTextKeys.EraseDone, turn, casus.Reference)), cancellationToken);
        return InvokeResponse.Card(cards.Done(casus, result.Withdrawn, turn.Language));
    }
}
