using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// Receives a flow's answers once every step is answered; named by the flow's <c>"completion"</c>.
/// The engine has already taken the frame off the stack but remembers it, so a later
/// <see cref="IDialogEngine.GoToStepAsync"/> (an "Aanpassen" button on a summary card) can reopen it,
/// change one answer and call this handler again. The handler may also begin another flow.
/// </summary>
public interface IFlowCompletionHandler
{
    string Name { get; }

    Task OnCompletedAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken);
}
