using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Tests.Dialogs;

// Thanks the user and keeps a copy of every completed frame's answers.
internal sealed class RecordingCompletionHandler(string name, Func<ITurnContext, DialogFrame, CancellationToken, Task>? then = null) : IFlowCompletionHandler
{
    public string Name => name;

    public List<Dictionary<string, string>> Completed { get; } = [];

    public async Task OnCompletedAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        Completed.Add(new Dictionary<string, string>(frame.Values));
        await turn.SendAsync(turn.Activity.CreateReply(turn.Language == "en" ? $"Thanks, {name} done." : $"Dank je, {name} klaar."), cancellationToken);
        if (then is not null) await then(turn, frame, cancellationToken);
    }
}
