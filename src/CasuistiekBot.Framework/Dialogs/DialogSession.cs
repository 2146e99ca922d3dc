using System.Text.Json;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.State;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Dialogs;

// The dialog stack of this turn's conversation with the ETag it was read with. Kept in TurnState so that nested calls in
// one turn (a completion handler beginning another flow) share one copy and one ETag chain.
internal sealed class DialogSession
{
    private DialogSession(string key, DialogStack stack, string? etag, bool discarded) =>
        (Key, Stack, ETag, Discarded) = (key, stack, etag, discarded);

    public string Key { get; }
    public DialogStack Stack { get; }
    public string? ETag { get; private set; }

    // The stored document could not be used (unreadable, or another schema) and was replaced by an empty stack.
    public bool Discarded { get; set; }

    public static string KeyFor(Activity activity)
    {
        var channel = activity.ChannelId;
        var conversation = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(conversation))
        {
            throw new InvalidOperationException("Dialog state needs an activity with a channel id and a conversation id.");
        }
        return $"{channel}/conversations/{conversation}/dialog";
    }

    public static async Task<DialogSession> LoadAsync(ITurnContext turn, IStateStore store, ILogger logger, CancellationToken cancellationToken)
    {
        var key = KeyFor(turn.Activity);
        if (turn.State.Get<DialogSession>() is { } cached && cached.Key == key) return cached;

        var stored = await store.ReadAsync(key, cancellationToken);
        var session = stored is null
            ? new DialogSession(key, new DialogStack(), null, discarded: false)
            : Parse(key, stored, logger);
        turn.State.Set(session);
        return session;
    }

    private static DialogSession Parse(string key, StoredState stored, ILogger logger)
    {
        try
        {
            var stack = JsonSerializer.Deserialize<DialogStack>(stored.Json, BotJson.Options);
            if (stack is not null && stack.SchemaVersion == DialogStack.CurrentSchemaVersion)
            {
                return new DialogSession(key, stack, stored.ETag, discarded: false);
            }
            logger.LogWarning("Dialog state under {StateKey} has schema {SchemaVersion}; starting with an empty stack", key, stack?.SchemaVersion);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Dialog state under {StateKey} is unreadable; starting with an empty stack", key);
        }
        // Keep the ETag so that the next write replaces the unusable document instead of conflicting with it.
        return new DialogSession(key, new DialogStack(), stored.ETag, discarded: true);
    }

    public async Task SaveAsync(IStateStore store, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(Stack, BotJson.Options);
        ETag = await store.WriteAsync(Key, json, ETag, cancellationToken);
        Discarded = false;
    }

    // A later save this turn then creates the document afresh.
    public async Task DeleteAsync(IStateStore store, CancellationToken cancellationToken)
    {
        if (ETag is not null) await store.DeleteAsync(Key, cancellationToken);
        ETag = null;
        Discarded = false;
    }
}
