using CasuistiekBot.Cases;
using CasuistiekBot.Hearing;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Reporting;

/// <summary>
/// Gathers the Stand van de Uitvoering of a calendar year (UTC) through the owning slices' queries. Nothing of an author
/// is read. A casus whose texts retention erased stays in the counts only.
/// </summary>
internal sealed class StandReportBuilder(IDbContextFactory<CasuistiekDbContext> databases, TimeProvider clock)
{
    public const int SummaryLength = 600;

    public async Task<StandReport> BuildAsync(int year, SignalScope scope, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var until = from.AddYears(1);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);

        var signals = (await SignalsOfPeriod.RelevantAsync(db, from, until, cancellationToken)).Where(scope.Covers).ToList();
        var sources = await CasusLookup.ReferencesAsync(db, [.. signals.Select(s => s.SourceCasusId).OfType<Guid>().Distinct()], cancellationToken);
        var lines = signals.Select(s => Line(s, from, until, sources)).ToList();

        IReadOnlyList<StandDilemma> dilemmas = [];
        if (scope.Everything)
        {
            var outcomes = await OutcomesOfPeriod.RecordedAsync(db, from, until, cancellationToken);
            var cases = (await CasusForReport.ManyAsync(db, [.. outcomes.Select(o => o.CasusId)], cancellationToken)).ToDictionary(c => c.Id);
            dilemmas = [.. outcomes.Where(o => cases.ContainsKey(o.CasusId)).Select(o => Dilemma(cases[o.CasusId], o.SharedView, o.RecordedAt))];
        }
        var (authors, panel) = await HeardQueries.OfYearAsync(db, year, cancellationToken);
        return new StandReport(
            year, clock.GetUtcNow(), scope.Everything ? null : string.Join(", ", scope.Mts),
            scope.Everything ? await CasusForReport.RaisedInAsync(db, year, cancellationToken) : 0,
            dilemmas,
            lines, StandFigures.Of(lines), authors, panel);
    }

    private static StandSignal Line(Signal s, DateTimeOffset from, DateTimeOffset until, IReadOnlyDictionary<Guid, string> sources)
    {
        var closedInYear = s.ClosedAt is { } closed && closed >= from && closed < until;
        return new StandSignal(
            s.Reference, s.Title, s.Category, s.Law, s.PossiblyDiscriminatory, s.OwnerMt, s.Status, s.Resolution,
            DateOnly.FromDateTime(s.CreatedAt.UtcDateTime), s.ClosedAt is { } c ? DateOnly.FromDateTime(c.UtcDateTime) : null,
            s.ClosedAt is { } end ? (int)Math.Round((end - s.CreatedAt).TotalDays) : null,
            s.ResolutionText, s.SourceCasusId is { } id && sources.TryGetValue(id, out var reference) ? reference : null,
            s.CreatedAt >= from && s.CreatedAt < until, closedInYear);
    }

    private static StandDilemma Dilemma(CasusForReport casus, string sharedView, DateTimeOffset recordedAt) => new(
        casus.Reference, DateOnly.FromDateTime(recordedAt.UtcDateTime),
        casus.Erased ? "" : Cut(casus.Story), casus.Erased || sharedView == Casus.ErasedText ? "" : sharedView,
        casus.Themes, casus.Law, casus.PossiblyDiscriminatory, casus.Erased);

    /// <summary>The story up to <see cref="SummaryLength"/> characters, cut at a word.</summary>
    public static string Cut(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SummaryLength) return flat;
        var space = flat.LastIndexOf(' ', SummaryLength - 1);
        return flat[..(space > SummaryLength / 2 ? space : SummaryLength - 1)] + " …";
    }
}
