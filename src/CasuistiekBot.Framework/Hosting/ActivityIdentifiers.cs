using CasuistiekBot.Framework.Diagnostics;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Hosting;

/// <summary>
/// The protocol identifiers of an activity (ids, type, names of invokes, tenant, locale) end up in logs, state keys and
/// outbound URLs. Teams never puts control or format characters in them, nor thousands of characters, so an activity
/// that does is refused at the door instead of being sanitised at every place that logs one.
/// </summary>
internal static class ActivityIdentifiers
{
    public const int MaxLength = 1024;

    /// <summary>The name of the first identifier that is too long or holds a control or format character, else null.</summary>
    public static string? FirstMalformed(Activity activity)
    {
        (string Field, string? Value)[] identifiers =
        [
            ("type", activity.Type), ("id", activity.Id), ("serviceUrl", activity.ServiceUrl), ("channelId", activity.ChannelId), ("name", activity.Name),
            ("replyToId", activity.ReplyToId), ("locale", activity.Locale), ("conversation.id", activity.Conversation?.Id),
            ("conversation.tenantId", activity.Conversation?.TenantId), ("from.id", activity.From?.Id),
            ("from.aadObjectId", activity.From?.AadObjectId), ("recipient.id", activity.Recipient?.Id),
            ("channelData.tenant.id", activity.GetTenantId()),
        ];
        return identifiers.FirstOrDefault(i => i.Value is { } value && (value.Length > MaxLength || LogValue.HasUnsafeCharacters(value))).Field;
    }
}
