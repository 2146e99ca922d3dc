using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Privacy;
using CasuistiekBot.References;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Signals;

/// <summary>
/// Registers a signal in the caller's unit of work (triage's "Signaal registreren", a session outcome, a direct
/// registration): scrubbed text, the next SG reference, status nieuw and an audit entry, all committed with the
/// caller's change. The caller must run this inside a transaction, because the reference counter is taken at once.
/// The owner's card is queued in the same transaction, so a registered signal always reaches its owner.
/// </summary>
internal sealed class SignalRegister(PersonalDataScrubber scrubber, WorkingDayCalendar calendar, SignalPublisher publisher, TimeProvider clock)
{
    public const int MaxTitle = 200;
    public const int MaxDescription = 4000;
    public const int MaxSourceDescription = 300;

    public async Task<SignalRegistration> RegisterAsync(CasuistiekDbContext db, NewSignal draft, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(draft.Title)) return SignalRegistration.Refused(SignalsTextKeys.SignalTitleRequired);
        if (!SignalCategory.All.Contains(draft.Category)) return SignalRegistration.Refused(SignalsTextKeys.SignalUnknownCategory);
        if (string.IsNullOrWhiteSpace(draft.Owner.AadObjectId)) return SignalRegistration.Refused(SignalsTextKeys.SignalOwnerRequired);
        var now = clock.GetUtcNow();
        if (draft.DueDate < calendar.LocalDate(now)) return SignalRegistration.Refused(SignalsTextKeys.SignalDueInPast);
        if (draft.DueDate > CardDate.LatestDue(calendar.LocalDate(now))) return SignalRegistration.Refused(SignalsTextKeys.SignalDueTooFar);

        var memory = ScrubMemory.Create();
        var year = calendar.LocalDate(now).Year;
        var reference = await ReferenceNumbers.NextAsync(db, ReferenceSeries.Signal, year, cancellationToken);
        var signal = new Signal
        {
            Id = Guid.NewGuid(),
            Reference = reference.Text,
            Year = reference.Year,
            Number = reference.Number,
            Title = scrubber.Scrub(Clip(draft.Title.Trim(), MaxTitle), memory).Text,
            Description = scrubber.Scrub(Clip(draft.Description.Trim(), MaxDescription), memory).Text,
            Category = draft.Category,
            SourceCasusId = draft.SourceCasusId,
            Source = SignalSource.Parse(draft.Source) ?? (draft.SourceCasusId is null ? SignalSource.Employee : SignalSource.Spreekuur),
            SourceDescription = draft.SourceDescription is { Length: > 0 } from ? scrubber.Scrub(Clip(from.Trim(), MaxSourceDescription), memory).Text : null,
            Law = draft.Law,
            PossiblyDiscriminatory = draft.PossiblyDiscriminatory,
            OwnerAadObjectId = draft.Owner.AadObjectId,
            OwnerName = draft.Owner.Name,
            OwnerMt = draft.Owner.Mt,
            DueDate = draft.DueDate,
            Status = SignalStatus.New,
            CreatedAt = now,
            UpdatedAt = now,
            LastOwnerUpdateAt = now,
            Version = 1,
        };
        db.Add(signal);
        Audit.Record(db, now, actor, "signaal", reference.Text, "geregistreerd", $"eigenaar {draft.Owner.Name}");
        await publisher.PublishAsync(db, signal, [], cancellationToken);
        return new SignalRegistration(signal, null);
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
