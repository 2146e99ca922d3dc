using System.Globalization;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Privacy;
using CasuistiekBot.References;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals.Intake;

/// <summary>
/// Imports an existing signal list (CSV, columns in <see cref="SignalImportRow.Columns"/>): every line is checked first
/// and every problem is reported with its line; only when there is none are all signals stored, in one transaction.
/// Texts are scrubbed like any signal. A kept reference raises the year's counter, so the bot never hands it out again.
/// </summary>
internal sealed class SignalImport(IDbContextFactory<CasuistiekDbContext> databases, PersonalDataScrubber scrubber, WorkingDayCalendar calendar, TimeProvider clock)
{
    public async Task<SignalImportResult> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var file = DirectoryFileReader.Read(path);
        var problems = file.Problems.Select(p => (p.Line, p.Problem)).ToList();
        var header = file.Rows.SelectMany(r => r.Fields.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var missing in SignalImportRow.RequiredColumns.Where(c => file.Rows.Count > 0 && !header.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add((1, $"the header has no column {missing}"));
        }
        if (file.Rows.Count == 0 && problems.Count == 0) problems.Add((0, "the file holds no signals"));
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var directory = await PersonQueries.AllAsync(db, cancellationToken);
        var rows = file.Rows.Select(r => SignalImportRow.Check(r, directory)).ToList();
        problems.AddRange(rows.SelectMany(r => r.Problems.Select(p => (r.Line, p))));
        var kept = rows.Where(r => r.Reference is not null).Select(r => r.Reference!).ToList();
        foreach (var twice in rows.Where(r => r.Reference is not null).GroupBy(r => r.Reference).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            problems.Add((twice.Line, $"reference {twice.Reference} appears more than once in the file"));
        }
        var taken = await db.Set<Signal>().Where(s => kept.Contains(s.Reference)).Select(s => s.Reference).ToListAsync(cancellationToken);
        problems.AddRange(rows.Where(r => r.Reference is not null && taken.Contains(r.Reference)).Select(r => (r.Line, $"reference {r.Reference} is already in the register")));
        if (problems.Count > 0) return new SignalImportResult(0, [.. problems.OrderBy(p => p.Item1)]);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Kept references first, so that the new ones are numbered after them.
        foreach (var row in rows.Where(r => r.Reference is not null))
        {
            var parts = row.Reference!.Split('-');
            var (year, number) = (int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
            await ReferenceNumbers.ReserveAsync(db, ReferenceSeries.Signal, year, number, cancellationToken);
            Add(db, row, new YearlyReference(year, number, row.Reference), now);
        }
        foreach (var row in rows.Where(r => r.Reference is null))
        {
            Add(db, row, await ReferenceNumbers.NextAsync(db, ReferenceSeries.Signal, calendar.LocalDate(now).Year, cancellationToken), now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SignalImportResult(rows.Count, []);
    }

    private void Add(CasuistiekDbContext db, SignalImportRow row, YearlyReference reference, DateTimeOffset now)
    {
        var memory = ScrubMemory.Create();
        string Scrub(string text, int max) => scrubber.Scrub(text.Length > max ? text[..max] : text, memory).Text;
        var closed = row.Status is SignalStatus.Closed or SignalStatus.Declined;
        db.Add(new Signal
        {
            Id = Guid.NewGuid(),
            Reference = reference.Text,
            Year = reference.Year,
            Number = reference.Number,
            Title = Scrub(row.Title, SignalRegister.MaxTitle),
            Description = Scrub(row.Description, SignalRegister.MaxDescription),
            Category = row.Category,
            Source = row.Source,
            SourceDescription = row.SourceDescription is { } d ? Scrub(d, 300) : null,
            OwnerAadObjectId = row.Owner?.AadObjectId ?? "",
            OwnerName = row.Owner?.Name ?? "",
            OwnerMt = row.Owner?.Mt,
            DueDate = row.Due ?? calendar.LocalDate(now),
            Status = row.Status,
            Resolution = row.Status == SignalStatus.Closed ? row.Resolution : null,
            ResolutionText = row.Status == SignalStatus.Closed && row.ResolutionText is { } r ? Scrub(r, 2000) : null,
            DeclineReason = row.Status == SignalStatus.Declined && row.ResolutionText is { } why ? Scrub(why, 1000) : null,
            ClosedAt = closed ? now : null,
            CreatedAt = now,
            UpdatedAt = now,
            LastOwnerUpdateAt = now,
            Version = 1,
        });
        Audit.Record(db, now, "import", "signaal", reference.Text, "geimporteerd", $"regel {row.Line}");
    }
}

/// <summary>How many signals were imported, or every problem with its line (then none was).</summary>
internal sealed record SignalImportResult(int Added, IReadOnlyList<(int Line, string Problem)> Problems);
