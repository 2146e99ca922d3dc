namespace CasuistiekBot.Signals;

/// <summary>
/// How the bot reaches a person proactively: their Teams id (for a card's refresh list) when known, the tenant and
/// serviceUrl for creating a 1:1 chat, their language and the time zone their Teams client last reported.
/// </summary>
internal sealed record PersonAddress(string AadObjectId, string? UserId, string TenantId, string ServiceUrl, string Language, string? TimeZone);
