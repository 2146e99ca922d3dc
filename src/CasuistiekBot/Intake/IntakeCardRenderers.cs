using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Intake;

/// <summary>The summary the author confirms, changes or stops.</summary>
internal sealed class SummaryCardRenderer(IntakeStateStore states, IntakeCards cards) : IStepCardRenderer
{
    public string Name => "intake.summary";

    public async ValueTask<Activity> RenderAsync(ITurnContext turn, FlowStep step, DialogFrame frame, CancellationToken cancellationToken)
    {
        var state = await states.GetAsync(turn, cancellationToken);
        return MessageFactory.Card(cards.Summary(IntakeAnswers.From(frame, state.Draft), state.Memory, turn.Language));
    }
}

/// <summary>Shown at once when the story points to social unsafety or an integrity breach: the confidential route first.</summary>
internal sealed class SafetyCardRenderer(IntakeStateStore states, IntakeCards cards, IntakeRouting routing) : IStepCardRenderer
{
    public string Name => "intake.safety";

    public async ValueTask<Activity> RenderAsync(ITurnContext turn, FlowStep step, DialogFrame frame, CancellationToken cancellationToken)
    {
        var concern = (await states.GetAsync(turn, cancellationToken)).SafetyConcern ?? SafetyConcerns.Social;
        return MessageFactory.Card(cards.Safety(concern, routing.ConfidentialContacts(concern, turn.Language), turn.Language));
    }
}
