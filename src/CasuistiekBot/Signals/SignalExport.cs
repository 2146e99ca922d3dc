using System.Globalization;
using System.Text;
using System.Text.Json;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// The signal register as CSV or JSON, for the admin command and the export endpoint. Every signal is in it, also those
/// reported and not yet accepted by a keeper: status <c>gemeld</c>, owner, directorate and due date empty, and
/// <c>awaiting_keeper</c> true, so they are counted as waiting for the keeper and never as an owner's or overdue.
/// </summary>
internal sealed class SignalExport(IDbContextFactory<CasuistiekDbContext> databases, SignalOverview overview, WorkingDayCalendar calendar, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Formats = ["csv", "json"];

    public async Task<IReadOnlyList<SignalExportRow>> RowsAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var signals = await db.Set<Signal>().AsNoTracking().OrderBy(s => s.Year).ThenBy(s => s.Number).ToListAsync(cancellationToken);
        var casusIds = signals.Where(s => s.SourceCasusId is not null).Select(s => s.SourceCasusId!.Value).Distinct().ToList();
        var references = await CasusLookup.ReferencesAsync(db, casusIds, cancellationToken);
        var informed = await overview.InformedAsync(db, signals.Where(s => s.Status == SignalStatus.Closed), cancellationToken);
        var today = calendar.LocalDate(clock.GetUtcNow());
        return signals.ConvertAll(s =>
        {
            var closed = s.Status == SignalStatus.Closed;
            // A reported signal no keeper accepted (or one merged or declined) never had an owner, nor a due date of its own.
            var owned = s.OwnerAadObjectId.Length > 0;
            return new SignalExportRow(s.Reference, s.Title, s.Category, s.Status, s.OwnerName, s.OwnerMt, owned ? SignalDates.Iso(s.DueDate) : null,
                SignalDates.Iso(calendar.LocalDate(s.CreatedAt)), s.ClosedAt is { } at ? SignalDates.Iso(calendar.LocalDate(at)) : null,
                s.Resolution, s.ResolutionText, s.Motivation, closed ? overview.LeadTimeWorkingDays(s) : null, SignalStatus.IsOpen(s.Status) && s.DueDate < today,
                s.RemindersSent, s.EscalatedAt is not null, s.SourceCasusId is { } id && references.TryGetValue(id, out var r) ? r : null,
                closed && s.SourceCasusId is not null ? informed.Contains(s.Id) : null, SignalSource.Of(s), s.SourceDescription)
{
                Law = s.Law,
                PossiblyDiscriminatory = s.PossiblyDiscriminatory,
                AwaitingKeeper = s.Status == SignalStatus.Reported,
            };
        });
    }

    public async Task WriteAsync(string format, TextWriter output, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(cancellationToken);
        if (format == "json") await output.WriteAsync(JsonSerializer.Serialize(rows, Json));
        else await WriteCsvAsync(rows, output);
        await output.FlushAsync(cancellationToken);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly string[] Columns =
    [
        "reference", "title", "category", "status", "owner", "directorate", "due_date", "registered", "closed", "resolution", "resolution_text",
        "motivation", "lead_time_working_days", "overdue", "reminders", "escalated", "source_casus", "author_informed", "source", "source_description", "law", "possibly_discriminatory",
        "awaiting_keeper",
    ];

    private static async Task WriteCsvAsync(IReadOnlyList<SignalExportRow> rows, TextWriter output)
    {
        await output.WriteLineAsync(string.Join(',', Columns));
        foreach (var r in rows)
        {
            object?[] values =
            [
                r.Reference, r.Title, r.Category, r.Status, r.Owner, r.Directorate, r.DueDate, r.Registered, r.Closed, r.Resolution, r.ResolutionText,
                r.Motivation, r.LeadTimeWorkingDays, r.Overdue, r.Reminders, r.Escalated, r.SourceCasus, r.AuthorInformed, r.Source, r.SourceDescription, r.Law, r.PossiblyDiscriminatory,
                r.AwaitingKeeper,
            ];
            await output.WriteLineAsync(string.Join(',', values.Select(Cell)));
        }
    }

    // RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet does not run the text as a formula.
    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal)) text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
