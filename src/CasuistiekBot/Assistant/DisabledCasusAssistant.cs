using CasuistiekBot.Privacy;

namespace CasuistiekBot.Assistant;

// Registered when AI is not configured: no network, no logging, always the deterministic path.
internal sealed class DisabledCasusAssistant : ICasusAssistant
{
    public Task<CasusDraft?> DraftAsync(string scrubbedStory, ScrubMemory memory, string language, CancellationToken cancellationToken) =>
        Task.FromResult<CasusDraft?>(null);

    public Task<IReadOnlyList<RouteAdvice>?> RefineRoutesAsync(
        string scrubbedText, ScrubMemory memory, IReadOnlyList<RouteCandidate> candidates, string language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RouteAdvice>?>(null);
}
