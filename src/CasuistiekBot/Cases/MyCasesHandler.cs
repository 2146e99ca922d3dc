using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Cases;

/// <summary>"Mijn casussen": the list, one casus with its history, and withdrawing it. Only ever the author's own.</summary>
internal sealed class MyCasesHandler(
    MyCases cases,
    MyCasesCards cards,
    CaseWithdrawal withdrawal,
    PersonalDataScrubber scrubber,
    Texts texts) : ICommandHandler, ICardActionHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["mijn casussen", "mijn zaken", "my cases", "status"];

    public CommandScope Scope => CommandScope.Personal;

    public IReadOnlyCollection<string> Verbs { get; } = [CaseVerbs.Mine, CaseVerbs.Open, CaseVerbs.Withdraw];

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await turn.SendAsync(MessageFactory.Card(cards.List(await cases.ListAsync(turn, cancellationToken), turn.Language)), cancellationToken);

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (action.Verb == CaseVerbs.Mine) return InvokeResponse.Card(cards.List(await cases.ListAsync(turn, cancellationToken), turn.Language));

        var casus = await cases.FindOwnAsync(turn, action.GetString("casusId"), cancellationToken);
        if (casus is null) return texts.Answer(turn, LocalizationTextKeys.MycasesNotOwn);
        if (action.Verb == CaseVerbs.Open) return InvokeResponse.Card(await DetailAsync(casus, turn.Language, cancellationToken));

        var reason = action.GetString("reason")?.Trim();
        if (string.IsNullOrEmpty(reason)) return texts.Answer(turn, LocalizationTextKeys.DetailReasonRequired);
        if (reason.Length > 500) reason = reason[..500];
        var scrubbed = scrubber.Scrub(reason, ScrubMemory.Create()).Text;
        var actor = casus.Visibility == CasusVisibility.Anonymous ? Audit.AnonymousAuthor : turn.Activity.From!.AadObjectId!;
        var outcome = await withdrawal.WithdrawAsync(casus, actor, scrubbed, cancellationToken);
        var message = outcome switch
        {
            CaseWithdrawal.Outcome.Withdrawn => LocalizationTextKeys.DetailWithdrawn,
            CaseWithdrawal.Outcome.NotOpen => LocalizationTextKeys.DetailNotOpen,
            _ => LocalizationTextKeys.DetailChanged,
        };
        if (outcome != CaseWithdrawal.Outcome.Withdrawn) return texts.Answer(turn, message, casus.Reference);

        await turn.SendAsync(MessageFactory.Text(texts.Get(message, turn, casus.Reference)), cancellationToken);
        var updated = await cases.FindOwnAsync(turn, casus.Id.ToString(), cancellationToken);
        return InvokeResponse.Card(await DetailAsync(updated!, turn.Language, cancellationToken));
    }

    private async Task<System.Text.Json.Nodes.JsonObject> DetailAsync(Casus casus, string language, CancellationToken cancellationToken) => cards.Detail(
        casus, await cases.HistoryAsync(casus, cancellationToken), await cases.StepsAsync(casus, language, cancellationToken), await cases.NewsAsync(casus, cancellationToken), language);
}
