using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>Runs each activity id once per conversation; a redelivery is acknowledged without running the turn again.</summary>
public sealed class DeduplicationMiddleware(IActivityDeduplicator deduplicator, ILogger<DeduplicationMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (string.IsNullOrEmpty(activity.Id) || activity.Type == ActivityTypes.Typing)
        {
            await next(cancellationToken);
            return;
        }

        var key = $"activity:{activity.ChannelId}:{activity.Conversation?.Id}:{activity.Id}";
        if (!await deduplicator.TryClaimAsync(key, cancellationToken))
        {
            logger.LogInformation("Skipped duplicate delivery of activity {ActivityId}", activity.Id);
            if (activity.Type == ActivityTypes.Invoke) turn.InvokeResponse = new InvokeResponse(200, null);
            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch
        {
            // The turn did not complete, so a redelivery must be allowed to run it.
            await deduplicator.ReleaseAsync(key, CancellationToken.None);
            throw;
        }
    }
}
