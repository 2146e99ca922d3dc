using Microsoft.Extensions.DependencyInjection;
using CasuistiekBot.Cases;
using CasuistiekBot.Hearing;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Reporting;

/// <summary>
/// A year of made-up data for the Stand van de Uitvoering: cases raised through the year (a third anonymous), most
/// discussed with a shared view, some closed; signals from those sessions across MTs and laws, many closed with
/// feedback; "gehoord" answers from inbrengers and panel members. Every event happens at its moment on a
/// <see cref="FakeTimeProvider"/> that walks through the year, so times are as the app would have stamped them.
/// What was generated is returned, for the tests to compare the report with.
/// </summary>
internal static class StandYear
{
    public static readonly string[] Mts = ["MT Asiel en Bescherming", "MT Regulering", "MT Vreemdelingenketen", "MT Rechtspleging en Toezicht"];
    public static readonly string?[] Laws = ["Vreemdelingenwet 2000", "Vreemdelingenbesluit 2000", "Wet inburgering 2021", null];

    /// <summary>A word no printer can break, in one story: the A4 check must still find nothing wider than the page.</summary>
    public const string LongToken = "https://intranet.example.invalid/werkinstructies/asiel/2026/medische-omstandigheden-bij-vertrek-en-de-termijn-van-vier-weken-versie-definitief";

    public sealed record GeneratedSignal(string Reference, string? Mt, string? Law, bool Discriminatory, string? Resolution, int? LeadDays, bool FromCasus);

    public sealed record Year(
        int Number, int Cases, IReadOnlyList<string> Discussed, IReadOnlyList<string> Closed, IReadOnlyList<GeneratedSignal> Signals,
        IReadOnlyList<int> AuthorScores, IReadOnlyList<int> PanelScores, IReadOnlyList<string> AuthorSecrets, IReadOnlyList<string> Remarks);

    public static async Task<Year> GenerateAsync(IServiceProvider services, int year = 2026, int cases = 120, int signals = 40)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(year, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var start = clock.GetUtcNow();
        var end = start.AddYears(1).AddHours(-9);
        var events = new PriorityQueue<Action<DateTimeOffset>, (DateTimeOffset At, int Order)>();
        var order = 0;
        await using var db = await services.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();
        var discussed = new List<(Casus Casus, DateTimeOffset At)>();
        var closed = new List<string>();
        var secrets = new List<string>();
        var authorScores = new List<int>();
        var panelScores = new List<int>();
        var remarks = new List<string>();
        var generated = new List<GeneratedSignal>();
        var signalNumber = 0;
        void At(DateTimeOffset at, Action<DateTimeOffset> act) { if (at < end) events.Enqueue(act, (at, order++)); }

        for (var i = 1; i <= cases; i++)
        {
            var n = i;
            var anonymous = n % 3 == 0;
            var name = $"Auteur Geheimnaam {n:000}";
            var aad = $"00000000-0000-4000-8000-{n:000000000000}";
            var key = $"{n:X4}AUTHORKEY{n:X4}".PadRight(40, 'F');
            secrets.AddRange(anonymous ? [key] : [name, aad]);
            var created = start.AddDays((n - 1) * 3).AddHours(n % 7);
            At(created, now =>
            {
                var story = $"Dilemma {n:000}: mevrouw [NAAM-1] moet binnen vier weken vertrekken terwijl haar behandeling loopt; de regel schuurt met de menselijke maat."
                    + (n == 1 ? " Zie " + LongToken + " voor de werkinstructie." : "");
                var casus = new Casus
                {
                    Id = Guid.NewGuid(), Reference = $"CS-{year}-{n:0000}", Year = year, Number = n, CreatedAt = now, UpdatedAt = now, TriageDueAt = now.AddDays(5),
                    AuthorKey = anonymous ? key : null, AuthorAadObjectId = anonymous ? null : aad, AuthorName = anonymous ? null : name,
                    Visibility = anonymous ? CasusVisibility.Anonymous : CasusVisibility.Named, Language = "nl", Wish = CasusWish.Advice,
                    Story = story, Themes = n % 2 == 0 ? "asiel,medisch" : "inburgering", RoutesJson = "[]", Replacements = "NAAM:[NAAM-1]",
                    Law = Laws[n % Laws.Length], PossiblyDiscriminatory = n % 7 == 0,
                };
                db.Add(casus);
                if (n % 3 == 2) return;
                At(now.AddDays(14), then =>
                {
                    casus.To(CasusStatus.Discussed, then);
                    db.Add(new SessionOutcome
                    {
                        CasusId = casus.Id, SharedView = $"Gedeeld beeld {n:000}: de termijn wringt; de werkinstructie krijgt een voorbeeld.", RecordedAt = then,
                        RecordedByName = "Pieter Jansen", RecordedByAadObjectId = TriageKitCoordinator,
                    });
                    discussed.Add((casus, then));
                    Answers(casus, n, then);
                    if (signalNumber < signals) { var j = signalNumber++; At(then.AddHours(1), raised => Raise(j, casus, raised)); }
                    if (n % 3 == 0) At(then.AddDays(16), last => { casus.Close(last); closed.Add(casus.Reference); });
                });
            });
        }

        void Answers(Casus casus, int n, DateTimeOffset discussedAt)
        {
            At(discussedAt.AddDays(2), now =>
            {
                if (n % 4 != 3)
                {
                    var remark = n % 6 == 0 ? $"Opmerking {n:000}: ik voelde me serieus genomen." : null;
                    if (remark is not null) remarks.Add(remark);
                    authorScores.Add(n % 5 + 1);
                    db.Add(Answer(casus.Id, HeardRoles.Author, HeardRoles.Author, n % 5 + 1, remark, now));
                }
                if (n % 2 == 0)
                {
                    panelScores.Add((n + 2) % 5 + 1);
                    db.Add(Answer(casus.Id, HeardRoles.Panel, $"panel:{n:X40}", (n + 2) % 5 + 1, null, now));
                }
            });
        }

        // Every event at its own moment, in order; an event may plan later ones (a session after the raising, a closing after the signal).
        while (events.TryDequeue(out var act, out var when))
        {
            if (when.At > clock.GetUtcNow()) clock.SetUtcNow(when.At);
            act(clock.GetUtcNow());
        }
        await db.SaveChangesAsync();
        return new Year(year, cases, [.. discussed.Select(d => d.Casus.Reference)], closed, generated, authorScores, panelScores, secrets, remarks);

        void Raise(int j, Casus casus, DateTimeOffset now)
        {
            var mt = j % 10 == 9 ? null : Mts[j % Mts.Length];
            var signal = new Signal
            {
                Id = Guid.NewGuid(), Reference = $"SG-{year}-{j + 1:0000}", Year = year, Number = j + 1,
                Title = $"Signaal {j + 1:00}: vertrektermijn en medische behandeling", Description = "Termijnen houden geen rekening met lopende behandelingen.",
                Category = SignalCategory.HarshRules, SourceCasusId = casus.Id, OwnerAadObjectId = $"00000000-0000-4000-8000-0000000007{j % 4:00}",
                OwnerName = $"Eigenaar {j % 4}", OwnerMt = mt, DueDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(40)), Status = SignalStatus.New,
                CreatedAt = now, UpdatedAt = now, LastOwnerUpdateAt = now, Law = Laws[j % Laws.Length], PossiblyDiscriminatory = j % 5 == 0, Version = 1,
            };
            db.Add(signal);
            var record = new GeneratedSignal(signal.Reference, mt, signal.Law, signal.PossiblyDiscriminatory, null, null, true);
            generated.Add(record);
            if (j % 8 >= 5) return;
            var lead = 10 + j * 3;
            At(now.AddDays(lead), then =>
            {
                var resolution = SignalResolution.All[j % SignalResolution.All.Count];
                var change = signal.Close(signal.OwnerAadObjectId, resolution, $"Terugkoppeling {j + 1:00}: de werkinstructie is aangepast.",
                    resolution == SignalResolution.NotAdopted ? "Past niet binnen de wet." : null, then);
                if (!change.Succeeded) throw new InvalidOperationException($"{signal.Reference} not closed");
                generated[generated.IndexOf(record)] = record with { Resolution = resolution, LeadDays = lead };
            });
        }
    }

    private const string TriageKitCoordinator = "00000000-0000-4000-8000-0000000000c1";

    private static HeardAnswer Answer(Guid casusId, string role, string respondent, int score, string? remark, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), CasusId = casusId, Role = role, Respondent = respondent, Score = score, Remark = remark, Year = at.Year, Quarter = (at.Month - 1) / 3 + 1,
    };

}
