namespace CasuistiekBot.Framework.Connector;

/// <summary>A cached token and the moment it should be replaced, which lies before its real expiry.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset RefreshAt);
