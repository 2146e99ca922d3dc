using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy;

/// <summary>Loads the Dutch word list when the app starts (not on the first message) and says in the log whether it is there.</summary>
internal sealed class WordListStartupReport(DutchWordList words, IHostEnvironment environment, ILogger<WordListStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (words.IsLoaded)
        {
            logger.LogInformation("Dutch word list loaded for the scrubber: {Count} words from {Path}", words.Count, words.Path);
        }
        else if (environment.IsProduction())
        {
            logger.LogError("No Dutch word list at {Path}: the scrubber misses names and /readyz fails until the wdutch package is installed", words.Path);
        }
        else
        {
            logger.LogWarning("No Dutch word list at {Path}: the scrubber detects citizens' names as it did without the list (install the wdutch package)", words.Path);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
