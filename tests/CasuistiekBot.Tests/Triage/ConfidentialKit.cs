using System.Text.Json.Nodes;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Pipeline;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Triage;

/// <summary>
/// A confidential casus on the triage card, and the ways people in the channel (and outside it) ask for its author: Teams'
/// automatic refresh, "Naam tonen", and a forged message-back.
/// </summary>
internal static class ConfidentialKit
{
    /// <summary>The name the test author has in every inbound activity (see TestActivities).</summary>
    public const string AuthorName = "Test Gebruiker";
    public const string Member = "00000000-0000-4000-8000-000000000201";

    /// <summary>Lets the bot meet someone in their personal chat, so it learns their Teams id (29:…).</summary>
    public static async Task MeetAsync(BotApp app, string aad, string name)
    {
        var hello = app.Message("help", conversationId: "a:personal-" + aad) with { From = new ChannelAccount { Id = "29:" + aad, Name = name, AadObjectId = aad } };
        (await app.PostAsync(hello)).EnsureSuccessStatusCode();
    }

    public static JsonNode Card(Activity posted) => JsonNode.Parse(TriageKit.CardJson(posted))!;

    public static JsonNode RefreshData(Activity posted) => Card(posted)["refresh"]!["action"]!["data"]!;

    /// <summary>The data of the "Naam tonen" button, or null when the card has none.</summary>
    public static JsonNode? RevealData(Activity posted) => Card(posted)["body"]!.AsArray()
        .Where(e => e?["type"]?.GetValue<string>() == "ActionSet")
        .SelectMany(e => e!["actions"]!.AsArray())
        .FirstOrDefault(a => a?["verb"]?.GetValue<string>() == "triage.revealAuthor")?["data"];

    /// <summary>An <c>adaptiveCard/action</c> invoke in the coordinators' channel, as Teams sends it for this person.</summary>
    public static Activity Invoke(BotApp app, string verb, JsonNode data, string aad, string name, bool refresh) =>
        TestActivities.Invoke(InvokeNames.AdaptiveCardAction, new
        {
            action = new { type = "Action.Execute", verb, data },
            trigger = refresh ? "automatic" : "manual",
        }) with
        {
            ServiceUrl = app.Connector.ServiceUrl,
            Conversation = new ConversationAccount { Id = TriageKit.Channel, ConversationType = "channel", IsGroup = true, TenantId = TestActivities.TenantId },
            From = new ChannelAccount { Id = "29:" + aad, Name = name, AadObjectId = aad },
        };

    /// <summary>Sends the invoke; returns the body's type and its value (a message's text, a card's JSON).</summary>
    public static async Task<(string Type, string Value)> AskAsync(BotApp app, Activity invoke)
    {
        var response = await app.PostAsync(invoke);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var value = body["value"]!;
        return (body["type"]!.GetValue<string>(), value is JsonValue text ? text.GetValue<string>() : value.ToJsonString());
    }

    /// <summary>Everything the bot sent to the coordinators' channel and its threads: request bodies, posts and updates alike.</summary>
    public static IReadOnlyList<string> ChannelTraffic(BotApp app) =>
        app.Connector.Requests.Where(r => r.ConversationId?.StartsWith(TriageKit.Channel, StringComparison.Ordinal) == true).Select(r => r.Body).ToList();

    /// <summary>What the outbox stores for the coordinators' channel.</summary>
    public static async Task<IReadOnlyList<string>> ChannelOutboxAsync(BotApp app)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ConversationId == TriageKit.Channel).Select(m => m.ActivityJson).ToListAsync();
    }
}
