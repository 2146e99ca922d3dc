using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Intake;

/// <summary>Asks a question only when the story did not already answer it (<see cref="IntakeDraft.Asks"/>).</summary>
internal sealed class MissingFieldCondition(IntakeStateStore states) : IStepCondition
{
    public string Name => "intake.missing";

    public async ValueTask<bool> ShouldAskAsync(ITurnContext turn, FlowStep step, DialogFrame frame, CancellationToken cancellationToken) =>
        (await states.GetAsync(turn, cancellationToken)).Draft.Asks(step.Id);
}

/// <summary>Asks whether the casus should still go to the coordinators only when the story points to a confidential route.</summary>
internal sealed class SafetyConcernCondition(IntakeStateStore states) : IStepCondition
{
    public string Name => "intake.safetyConcern";

    public async ValueTask<bool> ShouldAskAsync(ITurnContext turn, FlowStep step, DialogFrame frame, CancellationToken cancellationToken) =>
        (await states.GetAsync(turn, cancellationToken)).SafetyConcern is not null;
}
