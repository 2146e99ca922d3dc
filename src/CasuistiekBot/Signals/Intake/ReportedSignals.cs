using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Privacy;
using CasuistiekBot.References;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Signals.Intake;

/// <summary>
/// Stores a reported signal in the caller's transaction: every text scrubbed like a casus and cut to length, the next
/// SG reference, status gemeld, no owner yet, the reporter's chat sealed; and queues the triage card for every keeper.
/// </summary>
internal sealed class ReportedSignals(PersonalDataScrubber scrubber, AuthorRouteSeal routes, KeeperCards keepers, WorkingDayCalendar calendar, TimeProvider clock)
{
    public const int MaxWhat = 2000;
    public const int MaxRule = 300;
    public const int MaxExample = 2000;
    public const int MaxTitle = 120;

    public async Task<Signal> RegisterAsync(CasuistiekDbContext db, SignalReport report, SignalReporter reporter, string? nonce, CancellationToken cancellationToken)
    {
        var memory = ScrubMemory.Create();
        string Scrub(string text, int max) => scrubber.Scrub(Clip(text.Trim(), max), memory).Text;
        var what = Scrub(report.What, MaxWhat);
        var rule = report.Rule.Trim().Length > 0 ? Scrub(report.Rule, MaxRule) : null;
        var example = report.Example.Trim().Length > 0 ? Scrub(report.Example, MaxExample) : null;
        var now = clock.GetUtcNow();
        var today = calendar.LocalDate(now);
        var reference = await ReferenceNumbers.NextAsync(db, ReferenceSeries.Signal, today.Year, cancellationToken);
        var signal = new Signal
        {
            Id = Guid.NewGuid(),
            Reference = reference.Text,
            Year = reference.Year,
            Number = reference.Number,
            Title = TitleOf(what),
            Description = example is null ? what : what + "\n\n" + example,
            Category = SignalCategory.HarshRules,
            OwnerAadObjectId = "",
            OwnerName = "",
            DueDate = today,
            Status = SignalStatus.Reported,
            Source = SignalSource.Employee,
            ReportedRule = rule,
            ReporterAadObjectId = reporter.AadObjectId.ToLowerInvariant(),
            ReporterName = reporter.Name,
            ReporterRoute = routes.Seal(new AuthorRoute(reporter.ChannelId, reporter.ConversationId)),
            ReporterLanguage = reporter.Language,
            Nonce = nonce,
            CreatedAt = now,
            UpdatedAt = now,
            LastOwnerUpdateAt = now,
            Version = 1,
        };
        db.Add(signal);
        // The audit names no reporter: only keepers see who reported, on the signal itself.
        Audit.Record(db, now, "melder", "signaal", reference.Text, "gemeld");
        await keepers.PublishAsync(db, signal, cancellationToken);
        return signal;
    }

    /// <summary>The first sentence (or line) of what was reported, at most <see cref="MaxTitle"/> characters.</summary>
    public static string TitleOf(string what)
    {
        var end = what.IndexOfAny(['\n', '.', '?', '!']);
        var first = (end > 0 ? what[..end] : what).Trim();
        return first.Length <= MaxTitle ? first : first[..(MaxTitle - 1)].TrimEnd() + "…";
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
