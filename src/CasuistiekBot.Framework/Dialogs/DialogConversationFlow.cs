using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>Presents the dialog engine to the router: a flow is active while a frame is on the stack (paused or not).</summary>
internal sealed class DialogConversationFlow(IDialogEngine engine, IDialogVocabulary vocabulary) : IConversationFlow
{
    public async Task<bool> IsActiveAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await engine.GetActiveFrameAsync(turn, cancellationToken) is not null;

    public bool IsInterrupt(string normalizedText) => DialogCommands.Parse(normalizedText, vocabulary) != DialogCommand.None;

    public async Task<bool> ContinueAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        (await engine.ContinueAsync(turn, cancellationToken)).Handled;
}
