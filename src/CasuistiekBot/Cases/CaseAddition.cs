using System.Text.Json;
using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Privacy;
using CasuistiekBot.Safety;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Cases;

/// <summary>
/// The author adds to their open casus: the text is scrubbed with the casus' own memory (the same person keeps the same
/// placeholder), stored with the day only, audited without the author or the text, the casus marked urgent when the
/// addition mentions acute danger, and the coordinators' card is refreshed, all in one transaction.
/// </summary>
internal sealed class CaseAddition(
    IDbContextFactory<CasuistiekDbContext> databases,
    PersonalDataScrubber scrubber,
    IEnumerable<ICasusAddedToListener> listeners,
    WorkingDayCalendar calendar,
    IOptions<CasesOptions> options,
    TimeProvider clock)
{
    /// <summary>As long as a story may be.</summary>
    public const int MaxText = 4000;

    public enum Outcome { Added, NotOpen, Empty, Changed }

    public sealed record Result(Outcome Outcome, string? Text = null, IReadOnlyList<Replacement>? Found = null);

    /// <param name="actor">The author as the audit trail may name them: their object id, or <see cref="Audit.AnonymousAuthor"/>.</param>
    /// <param name="danger">The kinds of acute danger the addition mentions, or none.</param>
    public async Task<Result> AddAsync(Guid casusId, string text, string actor, DangerKind danger, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (text.Length == 0) return new(Outcome.Empty);
        if (text.Length > MaxText) text = text[..MaxText];

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var casus = await db.Set<Casus>().FirstOrDefaultAsync(c => c.Id == casusId, cancellationToken);
        if (casus is null || casus.IsErased || !CasusStatus.IsOpen(casus.Status)) return new(Outcome.NotOpen);

        var memory = MemoryOf(casus);
        var scrubbed = scrubber.Scrub(text, memory);
        casus.ScrubMemory = JsonSerializer.Serialize(memory, BotJson.Options);
        var now = clock.GetUtcNow();
        db.Add(new CasusAddition { CasusId = casus.Id, Text = scrubbed.Text, AddedOn = CoarseTime.Day(now) });
        var urgent = danger != DangerKind.None
            && casus.NoteAcuteDanger(DangerKinds.Names(danger), calendar.EndOfDay(calendar.AddWorkingDays(calendar.LocalDate(now), options.Value.UrgentTriageWorkingDays)), now);
        Audit.Casus(db, now, casus.Visibility == CasusVisibility.Anonymous ? Audit.AnonymousAuthor : actor, casus, "aangevuld",
            urgent ? "acuut gevaar: " + casus.AcuteDanger : null);
        try
        {
            // Saved before the listeners run: the card they refresh reads the additions back.
            await db.SaveChangesAsync(cancellationToken);
            foreach (var listener in listeners) await listener.OnAddedToAsync(db, casus, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(Outcome.Changed);
        }
        return new(Outcome.Added, scrubbed.Text, scrubbed.Found);
    }

    // Cases raised before the memory was kept: the placeholders they used are taken, so a new name gets the next number.
    private static ScrubMemory MemoryOf(Casus casus)
    {
        if (casus.ScrubMemory is { Length: > 0 } json && JsonSerializer.Deserialize<ScrubMemory>(json, BotJson.Options) is { } kept) return kept;
        var memory = ScrubMemory.Create();
        foreach (var used in casus.Replacements.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(':', 2)).Where(r => r.Length == 2))
        {
            memory.Entries.Add(new ScrubMemoryEntry(used[0], used[1], "", []));
        }
        return memory;
    }
}
