using CasuistiekBot.Expertise;
using CasuistiekBot.Tests.Dashboard;

namespace CasuistiekBot.Tests.Reporting;

/// <summary>/dashboard/stand behind the dashboard's gate: coordinators see the whole report, an MT member their MT's part, others nothing.</summary>
public sealed class StandPageTests
{
    private const string MtMember = "00000000-0000-4000-8000-0000000000a1";
    private const string Stranger = "00000000-0000-4000-8000-0000000000a2";

    [Fact]
    public async Task Coordinators_see_the_report_an_mt_member_their_part_and_anyone_else_nothing()
    {
        var (app, year) = await StandKit.StartAsync();
        await using var _ = app;
        await using (var db = await app.DatabaseAsync())
        {
            db.Add(new Person { AadObjectId = MtMember, Name = "Mira Lid", Email = "mira.lid@casuistiek.example", Roles = "mt-lid", Mt = StandYear.Mts[1], UpdatedAt = StandKit.AfterTheYear });
            await db.SaveChangesAsync();
        }

        var coordinator = await app.GetAsync("/dashboard/stand?year=2026", app.Token(DashboardApp.Coordinator));
        var member = await app.GetAsync("/dashboard/stand?year=2026", app.Token(MtMember));
        var stranger = await app.GetAsync("/dashboard/stand?year=2026", app.Token(Stranger));
        var badYear = await app.GetAsync("/dashboard/stand?year=1066", app.Token(DashboardApp.Coordinator));
        var overview = await (await app.GetAsync("/dashboard", app.Token(DashboardApp.Coordinator))).Content.ReadAsStringAsync();

        var full = await coordinator.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, coordinator.StatusCode);
        Assert.Contains("Stand van de Uitvoering 2026", full);
        Assert.Contains("Gedeeld beeld 001", full);
        Assert.Contains("Voelden inbrengers zich gehoord?", full);
        Assert.Contains("no-store", coordinator.Headers.CacheControl!.ToString());
        var part = await member.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, member.StatusCode);
        Assert.DoesNotContain("Gedeeld beeld", part);
        Assert.All(year.Signals, s => Assert.Equal(s.Mt == StandYear.Mts[1], part.Contains(s.Reference + "<", StringComparison.Ordinal)));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Contains("href=\"/dashboard/stand?lang=nl\"", overview);
    }
}
