using CasuistiekBot.Privacy.Words;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CasuistiekBot.Privacy;

/// <summary>
/// Readiness: the Dutch word list the name detector weighs words against is loaded. In Production a missing list makes
/// <c>/readyz</c> fail, because the scrubber would then let through names it is promised to catch; elsewhere it only
/// degrades, so a developer machine without <c>wdutch</c> still runs.
/// </summary>
internal sealed class WordListHealthCheck(DutchWordList words, IHostEnvironment environment) : IHealthCheck
{
    public const string Name = "dutch-word-list";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        if (words.IsLoaded) return Task.FromResult(HealthCheckResult.Healthy($"{words.Count} words from {words.Path}"));
        var message = $"No Dutch word list at {words.Path} (install the wdutch package): citizens' names are detected on less evidence";
        return Task.FromResult(environment.IsProduction() ? new HealthCheckResult(context.Registration.FailureStatus, message) : HealthCheckResult.Degraded(message));
    }
}
