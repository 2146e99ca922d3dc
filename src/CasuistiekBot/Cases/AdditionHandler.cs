using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Safety;

namespace CasuistiekBot.Cases;

/// <summary>
/// "Aanvullen": the author adds to one of their own open cases, from a command or the button on the casus detail. Cases
/// are found as under "mijn casussen" (anonymous ones by the author lookup value), so nothing new about the author is kept.
/// An addition that mentions acute danger is answered as during an intake: care and the steps first, the casus marked
/// urgent, the coordinators alerted without the author.
/// </summary>
internal sealed class AdditionHandler(
    MyCases cases, AdditionCards cards, CaseAddition addition, AcuteDangerDetector detector, DangerResponse danger, Texts texts)
    : ICommandHandler, ICardActionHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["aanvullen", "aanvulling", "casus aanvullen", "add to my case", "add to case"];

    public CommandScope Scope => CommandScope.Personal;

    public IReadOnlyCollection<string> Verbs { get; } = [CaseVerbs.Addition, CaseVerbs.Add];

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) => OfferAsync(turn, "", cancellationToken);

    /// <summary>The form for the author's open cases, with <paramref name="text"/> already filled in; or why there is none.</summary>
    public async Task OfferAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        var open = await cases.OpenAsync(turn, cancellationToken);
        await turn.SendAsync(open.Count == 0
            ? MessageFactory.Text(texts.Get(CasesTextKeys.AdditionNoOpen, turn))
            : MessageFactory.Card(cards.Form(open, turn.Language, text)), cancellationToken);
    }

    /// <summary>
    /// Adds <paramref name="text"/> to the author's own open casus, telling them which placeholders it now holds; acute
    /// danger in it is answered before anything else, also when the addition could not be kept.
    /// </summary>
    public async Task<(CaseAddition.Result Result, Casus? Casus)> AddAsync(ITurnContext turn, string? casusId, string text, CancellationToken cancellationToken)
    {
        var found = detector.Detect(text).Kinds;
        var casus = await cases.FindOwnAsync(turn, casusId, cancellationToken);
        var result = casus is null
            ? new CaseAddition.Result(CaseAddition.Outcome.NotOpen)
            : await addition.AddAsync(casus.Id, text, turn.Activity.From!.AadObjectId!, found, cancellationToken);
        if (found != DangerKind.None)
        {
            var moment = result.Outcome == CaseAddition.Outcome.Added ? DangerMoment.Addition(casus!.Reference) : DangerMoment.Unattached;
            await danger.AnswerAsync(turn, found, moment, cancellationToken);
        }
        if (casus is null) return (result, null);
        if (result.Outcome == CaseAddition.Outcome.Added && result.Found is { Count: > 0 } replaced)
        {
            var codes = string.Join(", ", replaced.Select(f => f.Placeholder).Distinct());
            await turn.SendAsync(MessageFactory.Text(texts.Get(CasesTextKeys.AdditionReplaced, turn, codes)), cancellationToken);
        }
        return (result, casus);
    }

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (action.Verb == CaseVerbs.Addition)
        {
            var casus = await cases.FindOwnAsync(turn, action.GetString("casusId"), cancellationToken);
            if (casus is null) return texts.Answer(turn, LocalizationTextKeys.MycasesNotOwn);
            if (!CasusStatus.IsOpen(casus.Status) || casus.IsErased) return texts.Answer(turn, CasesTextKeys.AdditionNotOpen, casus.Reference);
            return InvokeResponse.Card(cards.Form([casus], turn.Language));
        }

        var (result, added) = await AddAsync(turn, action.GetString("casusId"), action.GetString("addition") ?? "", cancellationToken);
        return result.Outcome switch
        {
            CaseAddition.Outcome.Added => InvokeResponse.Card(cards.Added(added!, result.Text!, turn.Language)),
            CaseAddition.Outcome.Empty => texts.Answer(turn, CasesTextKeys.AdditionRequired),
            CaseAddition.Outcome.Changed => texts.Answer(turn, LocalizationTextKeys.DetailChanged, added!.Reference),
            _ when added is null => texts.Answer(turn, LocalizationTextKeys.MycasesNotOwn),
            _ => texts.Answer(turn, CasesTextKeys.AdditionNotOpen, added.Reference),
        };
    }
}
