using System.Text.Json;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.State;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// After a bug, drops the one frame whose step failed (see <see cref="FailedFrame"/>) from the stored stack, so that the
/// flow cannot fail the same way on every following message; the frames below it and any other state stay. A turn
/// that failed outside the engine (a card button, a command) leaves the dialog stack untouched.
/// </summary>
internal sealed class DialogFailureRecovery(IStateStore store, ILogger<DialogFailureRecovery> logger) : ITurnFailureRecovery
{
    public async Task RecoverAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        if (turn.State.Get<FailedFrame>() is not { } failed || !failed.Caused(exception)) return;
        // The stored stack, not this turn's copy: that may hold half-made changes of the failed step.
        var key = DialogSession.KeyFor(turn.Activity);
        if (await store.ReadAsync(key, cancellationToken) is not { } stored) return;
        DialogStack? stack;
        try
        {
            stack = JsonSerializer.Deserialize<DialogStack>(stored.Json, BotJson.Options);
        }
        catch (JsonException)
        {
            return;   // the engine itself replaces an unreadable document on the next turn
        }
        if (stack is null || !failed.RemoveFrom(stack)) return;
        await store.WriteAsync(key, JsonSerializer.Serialize(stack, BotJson.Options), stored.ETag, cancellationToken);
        logger.LogWarning("Dialog flow {FlowId} dropped after a failure in its step", failed.FlowId);
    }
}
