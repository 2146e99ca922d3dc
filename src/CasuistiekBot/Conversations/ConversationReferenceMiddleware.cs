using System.Collections.Concurrent;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Conversations;

/// <summary>
/// Remembers every conversation the bot hears from or is installed in, with its serviceUrl, so that reminders and
/// invitations can be sent proactively later. Uninstalls and removals of the bot are recorded too.
/// </summary>
internal sealed class ConversationReferenceMiddleware(IConversationReferenceStore store) : ITurnMiddleware
{
    // What was last saved per conversation in this process; saves that would change nothing skip the database. Only a
    // shortcut, so it is emptied when it gets big instead of growing with every conversation the process ever saw.
    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<string, string> _saved = new(StringComparer.Ordinal);

    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.ChannelId is { } channelId && activity.Conversation?.Id is { } rawConversationId && activity.ServiceUrl is not null)
        {
            var conversationId = ChannelOf(rawConversationId);
            if (IsRemoval(activity))
            {
                await store.MarkUninstalledAsync(channelId, conversationId, cancellationToken);
                _saved.TryRemove(Key(channelId, conversationId), out _);
            }
            else if (activity.Type != ActivityTypes.Typing)
            {
                await SaveAsync(activity, channelId, conversationId, cancellationToken);
            }
        }
        await next(cancellationToken);
    }

    private async Task SaveAsync(Activity activity, string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var reference = activity.GetConversationReference() with { ActivityId = null, Conversation = activity.Conversation! with { Id = conversationId } };
        var timeZone = activity.GetTimeZone();
        var fingerprint = string.Join('|', reference.ServiceUrl, reference.User?.Id, reference.User?.AadObjectId, reference.Bot?.Id, reference.Locale, timeZone, activity.GetTenantId());
        var key = Key(channelId, conversationId);
        if (_saved.TryGetValue(key, out var last) && last == fingerprint) return;

        await store.SaveAsync(reference, activity.GetTenantId(), timeZone, cancellationToken);
        if (_saved.Count >= MaxRemembered) _saved.Clear();
        _saved[key] = fingerprint;
    }

    private static bool IsRemoval(Activity activity) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
        || (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true);

    // A Teams channel message comes in its thread ("19:…@thread.tacv2;messageid=…"); proactive posts go to the channel.
    private static string ChannelOf(string conversationId) => conversationId.Split(';')[0];

    private static string Key(string channelId, string conversationId) => channelId + "/" + conversationId;
}
