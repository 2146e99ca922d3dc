namespace CasuistiekBot.Assistant;

/// <summary>
/// Optional language-model help for the intake. Every answer is advice: <c>null</c> means "use the deterministic path",
/// whether the assistant is off, failed, timed out or answered something unusable. Callers pass only scrubbed text.
/// Cancelling the caller's token still throws <see cref="OperationCanceledException"/>, as everywhere else.
/// </summary>
internal interface ICasusAssistant
{
    /// <summary>The intake fields the story states; what it does not state stays null.</summary>
    Task<CasusDraft?> DraftAsync(string scrubbedStory, string language, CancellationToken cancellationToken);

    /// <summary>The given candidates reordered and rescored with reasons; ids outside <paramref name="candidates"/> never come back.</summary>
    Task<IReadOnlyList<RouteAdvice>?> RefineRoutesAsync(
        string scrubbedText, IReadOnlyList<RouteCandidate> candidates, string language, CancellationToken cancellationToken);
}
