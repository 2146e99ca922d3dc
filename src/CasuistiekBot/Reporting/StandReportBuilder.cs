using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Hearing;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Reporting;

/// <summary>
/// Gathers the Stand van de Uitvoering of a calendar year in the organisation's time zone (Calendar:TimeZone) through the owning slices' queries. Nothing of an author
/// is read. A casus whose texts retention erased stays in the counts only.
/// </summary>
internal sealed class StandReportBuilder(IDbContextFactory<CasuistiekDbContext> databases, WorkingDayCalendar calendar, TimeProvider clock)
{
    public const int SummaryLength = 600;

    public async Task<StandReport> BuildAsync(int year, SignalScope scope, CancellationToken cancellationToken)
    {
        var from = calendar.StartOfDay(new DateOnly(year, 1, 1));
        var until = calendar.StartOfDay(new DateOnly(year + 1, 1, 1));
        await using var db = await databases.CreateDbContextAsync(cancellationToken);

        var signals = (await SignalsOfPeriod.RelevantAsync(db, from, until, cancellationToken)).Where(scope.Covers).ToList();
        var sources = await CasusLookup.ReferencesAsync(db, [.. signals.Select(s => s.SourceCasusId).OfType<Guid>().Distinct()], cancellationToken);
        var targets = (await SignalComparables.ManyAsync(db, [.. signals.Select(s => s.MergedIntoId).OfType<Guid>().Distinct()], cancellationToken))
            .ToDictionary(t => t.Id, t => t.Reference);
        var lines = signals.Select(s => Line(s, from, until, sources, targets)).ToList();

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

    private StandSignal Line(Signal s, DateTimeOffset from, DateTimeOffset until, IReadOnlyDictionary<Guid, string> sources, IReadOnlyDictionary<Guid, string> targets)
    {
        var endedInYear = s.ClosedAt is { } closed && closed >= from && closed < until;
        var ended = s.Status is SignalStatus.Closed or SignalStatus.Merged or SignalStatus.Declined;
        return new StandSignal(
            s.Reference, s.Title, s.Category, s.Law, s.PossiblyDiscriminatory, s.OwnerMt, s.Status, s.Resolution,
            calendar.LocalDate(s.CreatedAt), s.ClosedAt is { } c ? calendar.LocalDate(c) : null,
            s.ClosedAt is { } end && s.Status == SignalStatus.Closed ? (int)Math.Round((end - s.CreatedAt).TotalDays) : null,
            s.ResolutionText, s.SourceCasusId is { } id && sources.TryGetValue(id, out var reference) ? reference : null,
            s.CreatedAt >= from && s.CreatedAt < until, ended && endedInYear,
            s.MergedIntoId is { } target ? targets.GetValueOrDefault(target, "?") : null,
            s.Status == SignalStatus.Declined ? s.DeclineReason : null);
    }

    private StandDilemma Dilemma(CasusForReport casus, string sharedView, DateTimeOffset recordedAt) => new(
        casus.Reference, calendar.LocalDate(recordedAt),
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
