using System.Text.Json;
using System.Text.RegularExpressions;

namespace CasuistiekBot.Framework.Schema;

/// <summary>Reading the Teams-specific parts of an activity without a typed channelData.</summary>
public static partial class ActivityExtensions
{
    public static string? GetTenantId(this Activity activity)
    {
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString();
        }
        return activity.Conversation?.TenantId;
    }

    /// <summary>The client's locale: the activity's own, else the clientInfo entity's.</summary>
    public static string? GetLocale(this Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.Locale) ? activity.Locale : activity.GetClientInfo("locale");

    /// <summary>The client's IANA time zone from the clientInfo entity, when Teams sent one.</summary>
    public static string? GetTimeZone(this Activity activity) => activity.GetClientInfo("timezone") ?? activity.LocalTimezone;

    private static string? GetClientInfo(this Activity activity, string property) =>
        activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.GetString(property);

    public static bool IsPersonal(this Activity activity) =>
        activity.Conversation?.ConversationType is null or ConversationTypes.Personal && activity.Conversation?.IsGroup != true;

    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.GetLocale(),
    };

    /// <summary>The text with every mention of the bot (<c>&lt;at&gt;…&lt;/at&gt;</c>) removed and whitespace collapsed.</summary>
    public static string GetTextWithoutMentions(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type != "mention") continue;
            var mentionText = entity.GetString("text");
            if (!string.IsNullOrEmpty(mentionText)) text = text.Replace(mentionText, " ", StringComparison.Ordinal);
        }
        text = AtTag().Replace(text, " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>
    /// A button with <c>{"msteams":{"type":"imBack","value":…}}</c> is posted by Teams as typed text; a client that sends
    /// it as a submit value instead (text empty) gets the same treatment here, so the button means the same everywhere.
    /// </summary>
    public static Activity WithImBackAsText(this Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || !string.IsNullOrEmpty(activity.Text)) return activity;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("msteams", out var teams) || teams.ValueKind != JsonValueKind.Object
            || !teams.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != SuggestedAction.ImBack
            || !teams.TryGetProperty("value", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return activity;
        }
        return activity with { Text = text.GetString(), Value = null };
    }

    /// <summary>A reply skeleton addressed back to the sender, in the same conversation.</summary>
    public static Activity CreateReply(this Activity activity, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = activity.Recipient,
        Recipient = activity.From,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        ReplyToId = activity.Id,
        Locale = activity.Locale,
        Text = text,
    };

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
