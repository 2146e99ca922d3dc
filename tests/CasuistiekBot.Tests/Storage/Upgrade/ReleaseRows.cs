using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Panels;
using CasuistiekBot.References;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;

namespace CasuistiekBot.Tests.Storage.Upgrade;

/// <summary>
/// One row for every table of the November 2026 release, every optional column filled. The release saved exactly these
/// objects into the databases of <c>release-2026-11.*.sql</c>; the generated ids (audit, outbox, question, panel member)
/// are the first ones a fresh database hands out.
/// </summary>
internal static class ReleaseRows
{
    private static readonly DateTimeOffset Submitted = new(2026, 11, 23, 8, 15, 30, 125, TimeSpan.Zero);
    private static readonly Guid CasusId = Guid.Parse("6f1c2a4e-8b3d-4e7a-9c55-0d2b71e3a9f4");
    private static readonly Guid PanelId = Guid.Parse("a3e9b7c1-5d2f-4a86-b0e4-7c91f2d8e615");
    private static readonly Guid SignalId = Guid.Parse("0c7d9e21-4f3a-4b68-8a1d-e52c6b9f3047");
    private static readonly Guid ActionPointId = Guid.Parse("d48a1f6c-2e9b-4c37-a5d0-91b3e7f2c864");

    private static DateTimeOffset At(int days, int hours = 0) => Submitted.AddDays(days).AddHours(hours);

    public static IReadOnlyList<object> All() =>
    [
        new ConversationStateRow { Key = "msteams/a:1xYz/dialog", Json = """{"flow":"intake","version":3,"step":"wish"}""", Version = 4, UpdatedAt = At(0) },
        new ConversationReferenceRow
        {
            ChannelId = "msteams", ConversationId = "a:1xYz", ServiceUrl = "https://smba.trafficmanager.net/emea/", TenantId = "tenant-jenv",
            ConversationType = "personal", UserId = "29:1sanne", UserAadObjectId = "aad-sanne", UserName = "Sanne de Vries", BotId = "28:bot",
            BotName = "Casuïstiek", Locale = "nl-NL", TimeZone = "Europe/Amsterdam", Installed = true, CreatedAt = At(-10), UpdatedAt = At(0),
        },
        new ProcessedActivityRow { ChannelId = "msteams", ConversationId = "a:1xYz", ActivityId = "1732349730125", SeenAt = At(0) },
        new AuditEntry { Id = 1, At = At(0), Actor = "aad-sanne", SubjectType = "casus", SubjectId = "CA-2026-0042", Action = "ingediend", Details = "via Teams" },
        new Casus
        {
            Id = CasusId, Reference = "CA-2026-0042", Year = 2026, Number = 42, CreatedAt = At(0), UpdatedAt = At(9),
            AuthorKey = "aad:aad-sanne", AuthorAadObjectId = "aad-sanne", AuthorName = "Sanne de Vries", AuthorChannelId = "msteams",
            AuthorConversationId = "a:1xYz", Visibility = "vertrouwelijk", Language = "nl",
            Story = "Een gezin moet vertrekken terwijl de jongste net een operatie heeft gehad.", Situation = "Vertrekgesprek",
            Chafes = "De termijn houdt geen rekening met herstel.", Tried = "Uitstel gevraagd bij de teamleider.", Wish = "Ruimte om de termijn te verlengen.",
            Deadline = new DateOnly(2026, 12, 18), OrgUnit = "IND Zwolle", RoutesJson = """["spreekuur"]""", Themes = "vertrek;gezondheid",
            Replacements = "[NAAM]", SafetyConcern = true, TriageDueAt = At(7), Version = 6,
        }.AsStored(CasusStatus.Discussed, withdrawnReason: "nog niet"),
        new CasusCounter { Year = 2026, LastNumber = 42 },
        new UserProfile { AadObjectId = "aad-sanne", OrgUnit = "IND Zwolle", UpdatedAt = At(0) },
        new OutboxMessage
        {
            Id = 1, IdempotencyKey = "casus/CA-2026-0042/ontvangen", ChannelId = "msteams", ConversationId = "a:1xYz",
            ServiceUrl = "https://smba.trafficmanager.net/emea/", RecipientAadObjectId = "aad-sanne", RecipientUserId = "29:1sanne", TenantId = "tenant-jenv",
            ActivityJson = """{"type":"message","text":"Je casus is ontvangen."}""", ReplacesKey = "casus/CA-2026-0042/concept", Status = OutboxStatus.Dead,
            Attempts = 5, NextAttemptAt = At(0, 1), ClaimedBy = "instance-a", LeaseUntil = At(0, 2), SendStartedAt = At(0, 1), SentActivityId = "1:abc",
            SentAt = At(0, 1), DeadReason = DeadLetterReason.AttemptsExhausted, LastError = "503 Service Unavailable", CreatedAt = At(0), UpdatedAt = At(0, 3),
        },
        new Person
        {
            AadObjectId = "aad-joost", Name = "Joost Bakker", Email = "joost.bakker@example.nl", OrgUnit = "DJI Vught", Roles = "expert;facilitator",
            Tags = "vertrek;gezondheid", ManagerAadObjectId = "aad-marieke", Mt = "MT Uitvoering", MaxPanelsPerMonth = 3,
            UnavailableUntil = new DateOnly(2026, 12, 24), UpdatedAt = At(-30),
        },
        new CoordinatorChannel
        {
            ConversationId = "19:coordinatoren@thread.tacv2", ChannelId = "msteams", ServiceUrl = "https://smba.trafficmanager.net/emea/",
            TenantId = "tenant-jenv", Name = "Coördinatoren", RegisteredBy = "aad-pieter", RegisteredAt = At(-20), Active = true,
        },
        new TriageDecision
        {
            CasusId = CasusId, Decision = "spreekuur", Route = "spreekuur", Motivation = "Raakt meerdere organisaties.", DecidedByName = "Pieter Jansen",
            DecidedByAadObjectId = "aad-pieter", DecidedAt = At(1),
        },
        new CasusQuestion
        {
            Id = 1, CasusId = CasusId, AskedByName = "Pieter Jansen", AskedByAadObjectId = "aad-pieter", AskedAt = At(1),
            Question = "Is er een medische verklaring?", Answer = "Ja, van de huisarts.", AnsweredAt = At(2),
        },
        new Panel
        {
            Id = PanelId, CasusId = CasusId, Status = PanelStatus.Invited, SessionDate = new DateOnly(2026, 12, 2), SessionTime = new TimeOnly(14, 30),
            Place = "Teams-vergadering", CreatedAt = At(1), UpdatedAt = At(3), InvitationsSentAt = At(3), InvitationsSentBy = "aad-pieter", Version = 5,
        },
        new PanelMember
        {
            Id = 1, PanelId = PanelId, AadObjectId = "aad-joost", Name = "Joost Bakker", Seat = "expert", Status = MemberStatus.Declined,
            Reason = "Tags vertrek en gezondheid", AddedAt = At(1), InvitedAt = At(3), AnsweredAt = At(4), RemindedAt = At(3, 20),
            DeclineReason = "Met verlof", OfferAadObjectId = "aad-femke", OfferName = "Femke Smit", OfferReason = "Zelfde expertise",
        },
        new SessionOutcome
        {
            CasusId = CasusId, SharedView = "De termijn mag worden verlengd bij medisch herstel.", RecordedByName = "Pieter Jansen",
            RecordedByAadObjectId = "aad-pieter", RecordedAt = At(9),
        },
        new ActionPoint
        {
            Id = ActionPointId, CasusId = CasusId, Number = 1, Text = "Werkinstructie aanpassen", OwnerAadObjectId = "aad-marieke",
            OwnerName = "Marieke Visser", DueDate = new DateOnly(2027, 1, 15), Status = "gereed", CreatedAt = At(9), DoneAt = At(12), Version = 2,
        },
        new Signal
        {
            Id = SignalId, Reference = "SG-2026-0007", Year = 2026, Number = 7, Title = "Vertrektermijn na operatie",
            Description = "De vertrektermijn houdt geen rekening met medisch herstel.", Category = "regelgeving", SourceCasusId = CasusId,
            OwnerAadObjectId = "aad-marieke", OwnerName = "Marieke Visser", OwnerMt = "MT Uitvoering", TransferToAadObjectId = "aad-ahmed",
            TransferToName = "Ahmed el Amrani", TransferToMt = "MT Beleid", DueDate = new DateOnly(2027, 2, 1), Status = SignalStatus.Closed,
            Resolution = "meegenomen-in-wet", ResolutionText = "Opgenomen in de wijziging.", Motivation = "Breed gedragen", LatestNote = "In consultatie",
            CreatedAt = At(9), UpdatedAt = At(40), LastOwnerUpdateAt = At(35), ClosedAt = At(40), SnoozedUntil = At(20), Version = 8,
            LastReminderAt = At(30), RemindersSent = 3, OverdueReminders = 1, EscalatedAt = At(33),
        },
        new SignalCounter { Year = 2026, LastNumber = 7 },
    ];

    /// <summary>
    /// The release wrote these columns freely; today only the casus' transitions set them, and no path of transitions
    /// fills every column at once. A fixture of stored data may set them directly.
    /// </summary>
    private static Casus AsStored(this Casus casus, string status, string withdrawnReason)
    {
        typeof(Casus).GetProperty(nameof(Casus.Status))!.SetValue(casus, status);
        typeof(Casus).GetProperty(nameof(Casus.WithdrawnReason))!.SetValue(casus, withdrawnReason);
        return casus;
    }
}
