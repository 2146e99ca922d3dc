namespace CasuistiekBot.Tests.Resilience;

/// <summary>One fuzz request: raw body bytes (not necessarily JSON, not necessarily UTF-8) and its content type.</summary>
internal sealed record HostileActivity(string Kind, byte[] Body, string ContentType = "application/json");
