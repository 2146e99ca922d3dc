using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Connector;

/// <summary>
/// Log messages of the outbound connector. Every Bot Connector response carries <c>X-Correlating-OperationId</c>; it is
/// what Microsoft support asks for when a send misbehaves, so it is logged with each answer.
/// </summary>
internal static partial class ConnectorLog
{
    public const string OperationIdHeader = "X-Correlating-OperationId";

    public static string? OperationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(OperationIdHeader, out var values) ? values.FirstOrDefault() : null;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector {Operation} in {ConversationId} answered {StatusCode} (operation id {OperationId})")]
    public static partial void Answered(ILogger logger, string operation, string? conversationId, int statusCode, string? operationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} in {ConversationId} failed with {StatusCode} {ErrorCode} (operation id {OperationId})")]
    public static partial void Refused(ILogger logger, string operation, string? conversationId, int statusCode, string? errorCode, string? operationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} in {ConversationId} failed: {Reason}")]
    public static partial void Unreachable(ILogger logger, Exception exception, string operation, string? conversationId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector call retried after {StatusCode} {Exception} (operation id {OperationId}); attempt {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, int? statusCode, string? operationId, int attempt, TimeSpan delay, string? exception);
}
