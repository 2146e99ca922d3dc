using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// Builds the prompt activity (usually an Adaptive Card) for card steps whose <c>"card"</c> is <see cref="Name"/>.
/// The card's submit action must carry an input named like the step; the router hands it to
/// <see cref="IDialogEngine.SubmitCardAsync"/>.
/// </summary>
public interface IStepCardRenderer
{
    string Name { get; }

    ValueTask<Activity> RenderAsync(ITurnContext turn, FlowStep step, DialogFrame frame, CancellationToken cancellationToken);
}
