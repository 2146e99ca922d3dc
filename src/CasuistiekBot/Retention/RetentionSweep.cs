using CasuistiekBot.Cases;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Retention;

/// <summary>
/// Applies <see cref="RetentionOptions.ClosedCaseTextMonths"/>: every casus closed longer ago than that loses its texts
/// (<see cref="CaseErasure"/>). An erased casus is never found again, so a second run changes nothing; a dry run only
/// reports what would go.
/// </summary>
internal sealed class RetentionSweep(
    ErasableCases cases, CaseErasure erasure, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionSweep> logger)
{
    public async Task<RetentionReport> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddMonths(-options.Value.ClosedCaseTextMonths);
        var due = await cases.ClosedBeforeAsync(cutoff, cancellationToken);
        if (dryRun) return new RetentionReport(cutoff, due, [], DryRun: true);

        var erased = new List<ErasableCasus>();
        foreach (var casus in due)
        {
            // Closed cases are never withdrawn, so no reason is told to anyone.
            var result = await erasure.EraseAsync(casus.Id, Audit.System, withdrawReason: "", cancellationToken);
            if (result.Outcome == CaseErasure.Outcome.Erased) erased.Add(casus);
            else logger.LogWarning("Retention left casus {Reference} as it was: {Outcome}", casus.Reference, result.Outcome);
        }
        if (erased.Count > 0) logger.LogInformation("Retention erased the texts of {Count} cases closed before {Cutoff}", erased.Count, cutoff);
        return new RetentionReport(cutoff, due, erased, DryRun: false);
    }
}
