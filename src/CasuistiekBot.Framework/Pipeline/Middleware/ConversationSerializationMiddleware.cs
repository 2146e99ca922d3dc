namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>
/// Runs the turns of one conversation one after another within this process, so that two messages arriving together
/// cannot both read the same dialog state and overwrite each other. Across instances the stores' ETags guard state.
/// </summary>
public sealed class ConversationSerializationMiddleware(KeyedLock locks) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var conversationId = turn.Activity.Conversation?.Id;
        if (conversationId is null)
        {
            await next(cancellationToken);
            return;
        }

        using (await locks.AcquireAsync($"{turn.Activity.ChannelId}/{conversationId}", cancellationToken))
        {
            await next(cancellationToken);
        }
    }
}
