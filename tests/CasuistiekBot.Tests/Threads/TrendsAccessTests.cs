using System.Net;
using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Dashboard;
using CasuistiekBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Threads;

/// <summary>
/// Who sees which counts on the trends page: coordinators and signal keepers the whole register, an MT member the
/// signals of their own MT only (no cases), a DG those of every MT under them, anyone else nothing.
/// </summary>
public sealed class TrendsAccessTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private const string Asiel = "MT Asiel";
    private const string Keten = "MT Vreemdelingenketen";
    private const string Marieke = "00000000-0000-4000-8000-0000000000d1";
    private const string Jeroen = "00000000-0000-4000-8000-0000000000d2";
    private const string Dg = "00000000-0000-4000-8000-0000000000d8";
    private const string Keeper = "00000000-0000-4000-8000-0000000000f1";
    private const string Employee = "00000000-0000-4000-8000-0000000000e7";

    [Fact]
    public async Task MT_members_count_their_own_MT_DGs_theirs_keepers_and_coordinators_everything_and_an_employee_nothing()
    {
        await using var app = await DashboardApp.StartAsync(new FakeTimeProvider(Today));
        await SeedAsync(app);

        var employee = await app.GetAsync("/dashboard/trends", app.Token(Employee));
        var employeeHtml = await employee.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, employee.StatusCode);
        Assert.DoesNotContain("data-figure=", employeeHtml);
        Assert.DoesNotContain("Vreemdelingenwet", employeeHtml);

        var marieke = await Page(app, Marieke);
        Assert.Contains("data-figure=\"laws:Vreemdelingenwet 2000:total\">2<", marieke);
        Assert.DoesNotContain("Penitentiaire beginselenwet", marieke);
        Assert.DoesNotContain("Participatiewet", marieke);
        Assert.Contains($"data-scope=\"{Asiel}\"", marieke);
        Assert.Contains("0 casussen", marieke);

        var jeroen = await Page(app, Jeroen);
        Assert.Contains("data-figure=\"laws:Penitentiaire beginselenwet:total\">1<", jeroen);
        Assert.DoesNotContain("Vreemdelingenwet 2000", jeroen);

        var dg = await Page(app, Dg);
        Assert.Contains("data-figure=\"laws:Vreemdelingenwet 2000:total\">2<", dg);
        Assert.Contains("data-figure=\"laws:Penitentiaire beginselenwet:total\">1<", dg);
        Assert.DoesNotContain("Participatiewet", dg);
        Assert.Contains($"data-scope=\"{Asiel}|{Keten}\"", dg);

        foreach (var everything in new[] { DashboardApp.Coordinator, Keeper })
        {
            var html = await Page(app, everything);
            Assert.Contains("data-figure=\"laws:Vreemdelingenwet 2000:total\">3<", html);
            Assert.Contains("data-figure=\"laws:Penitentiaire beginselenwet:total\">1<", html);
            Assert.Contains("data-figure=\"laws:Participatiewet:total\">1<", html);
            Assert.DoesNotContain("data-scope=", html);
        }
    }

    private static async Task<string> Page(DashboardApp app, string objectId)
    {
        var response = await app.GetAsync("/dashboard/trends", app.Token(objectId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task SeedAsync(DashboardApp app)
    {
        await using (var db = await app.DatabaseAsync())
        {
            db.AddRange(
                Person(Marieke, "Marieke Visser", "mt-lid", Asiel),
                Person(Jeroen, "Jeroen de Wit", "mt-lid", Keten),
                Person(Dg, "Gerda Generaal", "dg", null, $"{Asiel}|{Keten}"),
                Person(Keeper, "Ingrid Beheer", PersonRoles.InformationManager, null),
                Person(Employee, "Eva Medewerker", PersonRoles.Expert, null),
                new Casus
                {
                    Id = Guid.NewGuid(), Reference = "CS-2026-0001", Year = 2026, Number = 1, CreatedAt = Today.AddDays(-3), UpdatedAt = Today.AddDays(-3),
                    AuthorKey = "key-1", Visibility = CasusVisibility.Anonymous, Language = "nl", Story = "Een verhaal zonder persoonsgegevens.",
                    Wish = CasusWish.Advice, RoutesJson = "[]", TriageDueAt = Today, Themes = "asiel", Law = "Vreemdelingenwet 2000",
                });
            await db.SaveChangesAsync();
        }
        await RegisterAsync(app, "Bewijslast bij verloren documenten", "Vreemdelingenwet 2000", new SignalOwner(Marieke, "Marieke Visser", Asiel));
        await RegisterAsync(app, "Leges bij verlenging", "Vreemdelingenwet 2000", new SignalOwner(Marieke, "Marieke Visser", Asiel));
        await RegisterAsync(app, "Bezoek in detentie", "Penitentiaire beginselenwet", new SignalOwner(Jeroen, "Jeroen de Wit", Keten));
        await RegisterAsync(app, "Bijstand bij terugkeer", "Participatiewet", new SignalOwner(Keeper, "Ingrid Beheer", "MT Werk"));
    }

    private static async Task RegisterAsync(DashboardApp app, string title, string law, SignalOwner owner)
    {
        await using var db = await app.DatabaseAsync();
        var signal = new NewSignal(title, "Omschrijving van " + title.ToLowerInvariant() + ".", SignalCategory.HarshRules, null, owner, DateOnly.FromDateTime(Today.UtcDateTime).AddDays(30)) { Law = law };
        var registration = await app.Services.GetRequiredService<SignalRegister>().RegisterAsync(db, signal, DashboardApp.Coordinator, CancellationToken.None);
        Assert.Null(registration.Refusal);
        await db.SaveChangesAsync();
    }

    private static Person Person(string id, string name, string roles, string? mt, string? dgOf = null) =>
        new() { AadObjectId = id, Name = name, Email = name.Replace(' ', '.').ToLowerInvariant() + "@example.nl", Roles = roles, Mt = mt, DgOf = dgOf ?? "", UpdatedAt = Today };
}
