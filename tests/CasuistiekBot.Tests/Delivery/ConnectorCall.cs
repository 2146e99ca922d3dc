namespace CasuistiekBot.Tests.Delivery;

/// <summary>One outbound call as the delivery code made it, with the (fake) time it started.</summary>
internal sealed record ConnectorCall(string Operation, string? ConversationId, string? ActivityId, string? Text, DateTimeOffset At);
