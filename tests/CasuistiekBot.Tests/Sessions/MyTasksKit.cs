using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tasks;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Sessions;

/// <summary>
/// Helpers for "mijn taken", "mijn uitnodigingen" and "mijn actiepunten": a person talks in their own 1:1 chat (not the
/// one the bot created to reach them, as after a lost chat history), and the tests look at what is posted there.
/// </summary>
internal static class MyTasksKit
{
    public static string ChatOf(string aad) => "a:mine-" + aad;

    public static async Task SayAsync(BotApp app, string aad, string name, string text, string locale = "nl-NL")
    {
        var activity = app.Message(text, ChatOf(aad), locale) with { From = new ChannelAccount { Id = "29:" + aad, Name = name, AadObjectId = aad } };
        (await app.PostAsync(activity)).EnsureSuccessStatusCode();
    }

    /// <summary>A person clicks a card button in their own chat; returns the invoke body as text.</summary>
    public static async Task<string> ClickAsync(BotApp app, string aad, string verb, object data, string locale = "nl-NL")
    {
        var activity = app.Execute(verb, data, locale) with
        {
            Conversation = new ConversationAccount { Id = ChatOf(aad), ConversationType = "personal" },
            From = new ChannelAccount { Id = "29:" + aad, Name = "Iemand", AadObjectId = aad },
        };
        var response = await app.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Waits until the outbox has nothing left to send, so what comes after is the command's doing; returns the request count.</summary>
    public static async Task<int> AllDeliveredAsync(BotApp app)
    {
        await app.DeliverAllAsync();
        return app.Connector.Requests.Count;
    }

    /// <summary>The cards with <paramref name="marker"/> posted (not updated) in a chat since request <paramref name="since"/>, at least <paramref name="count"/> once everything due is delivered.</summary>
    public static async Task<IReadOnlyList<string>> PostedSinceAsync(BotApp app, int since, string chat, string marker, int count)
    {
        await app.DeliverAllAsync();
        var posted = app.Connector.Requests.Skip(since)
            .Where(r => r.Method == "POST" && r.ConversationId == chat && r.Activity is { } a && TriageKit.CardJson(a).Contains(marker))
            .Select(r => TriageKit.CardJson(r.Activity!)).ToList();
        return posted.Count >= count ? posted : throw new InvalidOperationException($"{posted.Count} of {count} cards with '{marker}' were posted in {chat}.");
    }

    /// <summary>Everything the bot posted or updated in a chat, as text, once the outbox is empty.</summary>
    public static async Task<string> AllSentToAsync(BotApp app, string chat)
    {
        await AllDeliveredAsync(app);
        return string.Join("\n", TriageKit.SentTo(app, chat).Select(SignalKit.Describe));
    }

    /// <summary>The activity id the outbox message with this key prefix was delivered as, once everything due is delivered.</summary>
    public static async Task<string> SentActivityIdAsync(BotApp app, string keyPrefix)
    {
        await app.DeliverAllAsync();
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith(keyPrefix) && m.Status == OutboxStatus.Sent).Select(m => m.SentActivityId).FirstOrDefaultAsync()
            ?? throw new InvalidOperationException($"No outbox message {keyPrefix}… was delivered.");
    }

    /// <summary>The value of a number or string field of the first action with this verb on a card, as text.</summary>
    public static string DataOf(string card, string verb, string field) =>
        SessionKit.Data(System.Text.Json.Nodes.JsonNode.Parse(card)!, verb)[field]!.ToJsonString().Trim('"');
}
