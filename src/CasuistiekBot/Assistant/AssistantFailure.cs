namespace CasuistiekBot.Assistant;

// Why the assistant fell back to the deterministic path; logged instead of any text.
internal enum AssistantFailure
{
    Unreachable,
    HttpError,
    Timeout,
    Refusal,
    EmptyAnswer,
    MalformedAnswer,
    NothingValid,
    UnexpectedError,
}
