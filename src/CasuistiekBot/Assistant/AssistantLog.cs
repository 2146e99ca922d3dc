namespace CasuistiekBot.Assistant;

// Log messages of the assistant. They carry the operation, the reason and sizes, never the story or the model's answer:
// even scrubbed text stays out of logs.
internal static partial class AssistantLog
{
    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Assistant {Operation} fell back to the deterministic path: {Failure} (status {StatusCode}, {ErrorType}, after {Elapsed})")]
    public static partial void FellBack(
        ILogger logger, string operation, AssistantFailure failure, int? statusCode, string? errorType, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Assistant {Operation} answered in {Elapsed}; {Kept} of {Given} items kept")]
    public static partial void Answered(ILogger logger, string operation, TimeSpan elapsed, int kept, int given);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assistant is off: AI:Endpoint and AI:Model are not both set")]
    public static partial void Off(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assistant uses model {Model} at {Host} ({Client}) with a timeout of {Timeout}")]
    public static partial void On(ILogger logger, string model, string host, string client, TimeSpan timeout);
}
