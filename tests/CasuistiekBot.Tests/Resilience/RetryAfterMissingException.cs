namespace CasuistiekBot.Tests.Resilience;

/// <summary>A 503 that does not tell the channel when to come back.</summary>
internal sealed class RetryAfterMissingException() : Exception("503 without Retry-After");
