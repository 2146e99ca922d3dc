using System.Text.Json;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Pipeline;

/// <summary>Teams-shaped inbound activities for tests.</summary>
public static class TestActivities
{
    public const string TenantId = "72f988bf-0000-4000-8000-000000000001";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static Activity Message(string text, string conversationId = "a:personal-1", string userId = "29:user-1", string locale = "nl-NL") => Base(ActivityTypes.Message, conversationId, userId, locale) with
    {
        Text = text,
    };

    public static Activity Submit(object value, string conversationId = "a:personal-1", string replyToId = "card-1") => Base(ActivityTypes.Message, conversationId, "29:user-1", "nl-NL") with
    {
        Value = JsonSerializer.SerializeToElement(value, BotJson.Options),
        ReplyToId = replyToId,
    };

    public static Activity Execute(string verb, object? data = null, string conversationId = "a:personal-1", string locale = "nl-NL") => Invoke(InvokeNames.AdaptiveCardAction, new
    {
        action = new { type = "Action.Execute", verb, data = data ?? new { } },
        trigger = "manual",
    }, conversationId, locale);

    public static Activity Invoke(string name, object? value, string conversationId = "a:personal-1", string locale = "nl-NL") => Base(ActivityTypes.Invoke, conversationId, "29:user-1", locale) with
    {
        Name = name,
        Value = value is null ? null : JsonSerializer.SerializeToElement(value, BotJson.Options),
        ReplyToId = "card-1",
    };

    public static Activity Base(string type, string conversationId, string userId, string locale) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString(),
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Locale = locale,
        From = new ChannelAccount { Id = userId, Name = "Test Gebruiker", AadObjectId = "00000000-0000-4000-8000-000000000101" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "CasuistiekBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = TenantId },
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = TenantId } }),
    };
}
