using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Dashboard;

/// <summary>
/// A year of signal work played forward on the fake clock through the app's own register and the signal's own
/// transitions (each audited like the handlers do), plus cases on several routes. Ends on <see cref="Today"/>.
/// </summary>
internal static class DashboardSeed
{
    /// <summary>A Monday, 10:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The first day the seed plays; the fake clock only moves forward, so a seeded app starts here.</summary>
    public static readonly DateTimeOffset FirstDay = Today.AddDays(-400);

    /// <summary>A clock for an app that <see cref="SeedAsync"/> will fill: it starts on <see cref="FirstDay"/>.</summary>
    public static FakeTimeProvider Clock() => new(FirstDay);

    public const string Marieke = "00000000-0000-4000-8000-0000000000d1";
    public const string Jeroen = "00000000-0000-4000-8000-0000000000d2";
    public const string Fatima = "00000000-0000-4000-8000-0000000000d3";
    public const string Director = "00000000-0000-4000-8000-0000000000d9";

    /// <summary>An MT member whose directory entry names no MT, so there is no MT whose signals they could be shown.</summary>
    public const string Unplaced = "00000000-0000-4000-8000-0000000000d4";
    public const string Expert = "00000000-0000-4000-8000-0000000000e1";

    private static readonly SignalOwner MariekeOwner = new(Marieke, "Marieke Visser", "MT Asiel");
    private static readonly SignalOwner JeroenOwner = new(Jeroen, "Jeroen de Wit", "MT Vreemdelingenketen");
    private static readonly SignalOwner FatimaOwner = new(Fatima, "Fatima El Amrani", null);

    /// <summary>The references by seed letter, e.g. "C" is the overdue signal in progress.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> SeedAsync(DashboardApp app)
    {
        var references = new Dictionary<string, string>();
        var steps = new List<(int DaysAgo, Func<Task> Run)>
        {
            (400, Register("K", "Reiskosten tolk niet vergoed", JeroenOwner, 60)),
            (380, Change("K", s => s.Close(Jeroen, SignalResolution.SolvedInRules, "De regeling is aangepast.", null, Now()))),
            (300, Register("G", "Leges bij verlenging voor minderjarigen", MariekeOwner, 90)),
            (250, Change("G", s => s.Close(Marieke, SignalResolution.TakenIntoLaw, "Meegenomen in de wijziging van het Vreemdelingenbesluit.", null, Now()))),
            (200, Register("E", "Brieven onbegrijpelijk voor laaggeletterden", FatimaOwner, 100)),
            (120, Register("D", "Wachttijd medisch advies loopt op", JeroenOwner, 150)),
            (118, Change("D", s => s.PickUp(Jeroen, Now()))),
            (100, Register("H", "Geen uitstel bij ziekenhuisopname", MariekeOwner, 20)),
            (70, Change("H", s => s.Close(Marieke, SignalResolution.InvestigatedClosed, "Besproken in het MT; werkinstructie verduidelijkt.", null, Now()))),
            (60, Register("F", "Dubbele intake bij overplaatsing", MariekeOwner, 70)),
            (58, Change("F", s => s.Transfer(Marieke, JeroenOwner, Now()))),
            (45, Register("C", "Termijn vertrek bij zwangerschap", JeroenOwner, 35)),
            (40, Register("I", "Formulier alleen in het Nederlands", FatimaOwner, 30)),
            (35, Change("I", s => s.Close(Fatima, SignalResolution.SolvedInRules, "Het formulier is vertaald.", null, Now()))),
            (30, Change("C", s => s.Update(Jeroen, "Navraag bij de ketenpartners loopt.", Now()))),
            (20, Register("B", "Gezinsleden apart gehoord zonder tolk", MariekeOwner, 15)),
            (18, Change("B", s => s.PickUp(Marieke, Now()))),
            (10, Register("J", "Verzoek om coulance bij late aanvraag", FatimaOwner, 30)),
            (3, Register("A", "Bewijslast bij verloren documenten", MariekeOwner, 23)),
            (2, Change("J", s => s.Close(Fatima, SignalResolution.NotAdopted, "Dit nemen we niet over.", "De wet biedt geen ruimte.", Now()))),
        };
        await SeedPeopleAndCasesAsync(app);
        foreach (var (daysAgo, run) in steps.OrderByDescending(s => s.DaysAgo))
        {
            app.Clock.SetUtcNow(Today.AddDays(-daysAgo));
            await run();
        }
        app.Clock.SetUtcNow(Today);
        return references;

        DateTimeOffset Now() => app.Clock.GetUtcNow();

        Func<Task> Register(string key, string title, SignalOwner owner, int dueInDays) => async () =>
        {
            await using var db = await app.DatabaseAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var due = DateOnly.FromDateTime(Now().UtcDateTime).AddDays(dueInDays);
            var registration = await app.Services.GetRequiredService<SignalRegister>()
                .RegisterAsync(db, new NewSignal(title, "Omschrijving van " + title.ToLowerInvariant() + ".", SignalCategory.HarshRules, null, owner, due), DashboardApp.Coordinator, CancellationToken.None);
            Assert.Null(registration.Refusal);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            references[key] = registration.Signal!.Reference;
        };

        Func<Task> Change(string key, Func<Signal, SignalChange> change) => async () =>
        {
            await using var db = await app.DatabaseAsync();
            var signal = db.Set<Signal>().Single(s => s.Reference == references[key]);
            var result = change(signal);
            Assert.True(result.Succeeded, result.Refusal);
            Audit.Record(db, Now(), signal.OwnerAadObjectId, "signaal", signal.Reference, result.Action);
            await db.SaveChangesAsync();
        };
    }

    private static async Task SeedPeopleAndCasesAsync(DashboardApp app)
    {
        await using var db = await app.DatabaseAsync();
        db.AddRange(
            Person(Marieke, "Marieke Visser", "mt-lid|lijnmanager", MariekeOwner.Mt),
            Person(Jeroen, "Jeroen de Wit", "mt-lid", JeroenOwner.Mt),
            Person(Director, "Dirk Groen", "dg", MariekeOwner.Mt),
            Person(Unplaced, "Umar Zonder", "mt-lid"),
            Person(Expert, "Eva Smit", "inhoudsdeskundige"));
        var cases = new (string Status, string? Decision, string? Route)[]
        {
            (CasusStatus.Submitted, null, null),
            (CasusStatus.Submitted, null, null),
            (CasusStatus.InTriage, TriageDecisions.Spreekuur, null),
            (CasusStatus.Scheduled, TriageDecisions.Spreekuur, null),
            (CasusStatus.Referred, TriageDecisions.Referred, "moreel-beraad"),
            (CasusStatus.Referred, TriageDecisions.Referred, "juridische-zaken"),
            (CasusStatus.Rejected, TriageDecisions.Rejected, null),
            (CasusStatus.Withdrawn, null, null),
        };
        for (var i = 0; i < cases.Length; i++)
        {
            var casus = NewCasus(i + 1, cases[i].Status);
            db.Add(casus);
            if (cases[i].Decision is { } decision)
            {
                db.Add(new TriageDecision
                {
                    CasusId = casus.Id, Decision = decision, Route = cases[i].Route, DecidedByName = "Coördinator",
                    DecidedByAadObjectId = DashboardApp.Coordinator, DecidedAt = Today.AddDays(-5),
                });
            }
        }
        await db.SaveChangesAsync();
    }

    private static Person Person(string id, string name, string roles, string? mt = null) =>
        new() { AadObjectId = id, Name = name, Email = name.Replace(' ', '.').ToLowerInvariant() + "@example.nl", Roles = roles, Mt = mt, UpdatedAt = Today };

    private static Casus NewCasus(int number, string status) => new Casus
    {
        Id = Guid.NewGuid(), Reference = $"CS-2026-{number:0000}", Year = 2026, Number = number,
        CreatedAt = Today.AddDays(-10), UpdatedAt = Today.AddDays(-5), AuthorKey = "key-" + number,
        Visibility = CasusVisibility.Anonymous, Language = "nl",
        Story = "Een verhaal zonder persoonsgegevens.", Wish = CasusWish.Advice, RoutesJson = "[]", TriageDueAt = Today,
    }.To(status, Today.AddDays(-5));
}
