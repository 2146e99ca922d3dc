using Microsoft.IdentityModel.Tokens;

namespace CasuistiekBot.Framework.Auth;

/// <summary>A published signing key and, for Bot Connector keys, the channel ids it is endorsed for (null: no list).</summary>
internal sealed record BotSigningKey(string KeyId, SecurityKey Key, IReadOnlyList<string>? Endorsements)
{
    public bool IsEndorsedFor(string? channelId) =>
        Endorsements is null || string.IsNullOrEmpty(channelId) || Endorsements.Contains(channelId, StringComparer.Ordinal);
}
