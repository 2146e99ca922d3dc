using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>Decides whether a step named in a flow's <c>askWhen</c> is asked, given the answers so far.</summary>
public interface IStepCondition
{
    string Name { get; }

    ValueTask<bool> ShouldAskAsync(ITurnContext turn, FlowStep step, DialogFrame frame, CancellationToken cancellationToken);
}
