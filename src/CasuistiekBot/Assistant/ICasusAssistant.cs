using CasuistiekBot.Privacy;

namespace CasuistiekBot.Assistant;

// Optional language-model help for the intake. Every answer is advice: null means "use the deterministic path", whether
// the assistant is off, failed, timed out or answered something unusable. Callers pass only scrubbed text, with the
// memory it was scrubbed with: the model's answer is scrubbed with that memory too, before anyone stores or sees it, so
// a name the model brings in gets the next placeholder and never one the casus already uses. Cancelling the caller's
// own token still throws OperationCanceledException, as everywhere else.
internal interface ICasusAssistant
{
    // The intake fields the story states; what it does not state stays null.
    Task<CasusDraft?> DraftAsync(string scrubbedStory, ScrubMemory memory, string language, CancellationToken cancellationToken);

    // The given candidates rescored with reasons, best first; ids outside the candidates never come back.
    Task<IReadOnlyList<RouteAdvice>?> RefineRoutesAsync(
        string scrubbedText, ScrubMemory memory, IReadOnlyList<RouteCandidate> candidates, string language, CancellationToken cancellationToken);
}
