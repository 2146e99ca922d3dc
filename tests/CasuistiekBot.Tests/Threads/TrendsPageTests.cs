using System.Net;
using CasuistiekBot.Cases;
using CasuistiekBot.Tests.Dashboard;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Threads;

/// <summary>The trends: themes and laws of the past year per month or quarter, on the dashboard and as a coordinators' card.</summary>
public sealed class TrendsPageTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_trends_page_counts_themes_and_laws_per_quarter_and_month_and_leaves_out_older_cases()
    {
        await using var app = await DashboardApp.StartAsync(new FakeTimeProvider(Today));
        await using (var db = await app.DatabaseAsync())
        {
            db.AddRange(
                Casus(1, Today.AddDays(-10), "asiel,gezinshereniging", "Vreemdelingenwet 2000"),
                Casus(2, Today.AddDays(-12), "gezinshereniging", "Vreemdelingenwet 2000"),
                Casus(3, new DateTimeOffset(2026, 2, 3, 9, 0, 0, TimeSpan.Zero), "detentie", "Penitentiaire beginselenwet"),
                Casus(4, Today.AddDays(-500), "gezinshereniging", "Vreemdelingenwet 2000"));
            await db.SaveChangesAsync();
        }

        var response = await app.GetAsync("/dashboard/trends?per=quarter", app.Token(DashboardApp.Coordinator));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Rode draden", html);
        Assert.Contains("<svg", html);
        Assert.Contains("data-figure=\"laws:Vreemdelingenwet 2000:2026-K4\">2<", html);
        Assert.Contains("data-figure=\"laws:Vreemdelingenwet 2000:total\">2<", html);
        Assert.Contains("data-figure=\"laws:Penitentiaire beginselenwet:2026-K1\">1<", html);
        Assert.Contains("data-figure=\"themes:Gezinshereniging:total\">2<", html);

        var monthly = await (await app.GetAsync("/dashboard/trends", app.Token(DashboardApp.Coordinator))).Content.ReadAsStringAsync();
        Assert.Contains("data-figure=\"laws:Vreemdelingenwet 2000:2026-11\">2<", monthly);
        Assert.Contains("data-figure=\"laws:Penitentiaire beginselenwet:2026-02\">1<", monthly);

        var anonymous = await app.GetAsync("/dashboard/trends");
        Assert.DoesNotContain("data-figure=\"laws:", await anonymous.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Coordinators_and_MT_members_get_the_trends_card_within_their_view_and_others_are_told_who_may()
    {
        await using var app = await SignalKit.StartAsync();
        await SignalKit.SayAsync(app, TriageKit.Coordinator1, "Coördinator", "trends");
        var card = TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(TriageKit.Coordinator1), a => TriageKit.CardJson(a).Contains("Rode draden")));
        Assert.Contains("Nog geen casussen of signalen", card);
        Assert.Contains("0 casussen en 0 signalen", card);

        await SignalKit.SayAsync(app, SignalKit.Owner, "Marieke Visser", "rode draden");
        var mtCard = TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner), a => TriageKit.CardJson(a).Contains("Rode draden")));
        Assert.Contains($"0 signalen van {SignalKit.Mt}", mtCard);
        Assert.DoesNotContain("casussen en", mtCard);

        await SignalKit.SayAsync(app, SignalKit.Outsider, "Olaf Buiten", "trends");
        await app.DeliverAllAsync();
        var toOutsider = TriageKit.SentTo(app, SignalKit.ChatOf(SignalKit.Outsider));
        Assert.DoesNotContain(toOutsider, a => TriageKit.CardJson(a).Contains("Rode draden"));
        Assert.Contains(toOutsider, a => a.Text?.Contains("Rode draden zijn er voor de coördinatoren") == true);
    }

    private static Casus Casus(int number, DateTimeOffset at, string themes, string law) => new Casus
    {
        Id = Guid.NewGuid(), Reference = $"CS-{at.Year}-{number:0000}", Year = at.Year, Number = number, CreatedAt = at, UpdatedAt = at,
        AuthorKey = "key-" + number, Visibility = CasusVisibility.Anonymous, Language = "nl", Story = "Een verhaal zonder persoonsgegevens.",
        Wish = CasusWish.Advice, RoutesJson = "[]", TriageDueAt = at, Themes = themes, Law = law,
    };
}
