using System.Globalization;
using CasuistiekBot.Cases;

namespace CasuistiekBot.Retention;

/// <summary>What a retention run found due and what it erased, written for the administrator who ran it.</summary>
internal sealed record RetentionReport(DateTimeOffset Cutoff, IReadOnlyList<ErasableCasus> Due, IReadOnlyList<ErasableCasus> Erased, bool DryRun)
{
    public async Task WriteAsync(TextWriter output)
    {
        var listed = DryRun ? Due : Erased;
        var cutoff = Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await output.WriteLineAsync(DryRun
            ? $"Dry run: {Due.Count} case(s) closed before {cutoff} would lose their texts; nothing was changed."
            : $"{Erased.Count} of {Due.Count} case(s) closed before {cutoff} lost their texts.");
        foreach (var casus in listed)
        {
            var closed = casus.ClosedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
            await output.WriteLineAsync($"  {casus.Reference}  {casus.Status}  closed {closed}");
        }
        if (listed.Count == 0) return;
        await output.WriteLineAsync("Figures that remain:");
        await WriteCountsAsync(output, "outcome", listed.Select(c => c.Status));
        await WriteCountsAsync(output, "theme", listed.SelectMany(c => c.Themes.DefaultIfEmpty("(none)")));
    }

    private static async Task WriteCountsAsync(TextWriter output, string kind, IEnumerable<string> values)
    {
        foreach (var group in values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"  {kind} {group.Key}: {group.Count()}");
        }
    }
}
