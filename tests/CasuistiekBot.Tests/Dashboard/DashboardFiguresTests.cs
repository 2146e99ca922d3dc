using System.Net;
using System.Text.RegularExpressions;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Postgres;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Dashboard;

/// <summary>The overview's numbers against the tables, a signal's history against the audit trail, languages and chart text.</summary>
public sealed partial class DashboardFiguresTests
{
    [Fact]
    public Task Every_number_on_the_overview_matches_the_database_on_SQLite() => NumbersMatchAsync(postgres: false);

    [RequiresServiceFact(PostgresTestDatabase.EnvironmentVariable)]
    public Task Every_number_on_the_overview_matches_the_database_on_PostgreSQL() => NumbersMatchAsync(postgres: true);

    private static async Task NumbersMatchAsync(bool postgres)
    {
        await using var app = await DashboardApp.StartAsync(DashboardSeed.Clock(), postgres: postgres);
        var references = await DashboardSeed.SeedAsync(app);

        var html = await (await app.GetAsync("/dashboard", app.Token(DashboardApp.Coordinator))).Content.ReadAsStringAsync();

        var expected = await ExpectedFigures.FromDatabaseAsync(app);
        var shown = ExpectedFigures.OnPage(html);
        Assert.Equal(expected.OrderBy(f => f.Key), shown.OrderBy(f => f.Key));
        // The seed's own story, so the comparison above cannot pass on two empty pages.
        Assert.Equal(("6", "3"), (shown["open-total"], shown["overdue-total"]));
        Assert.Equal("100", shown[$"days-overdue:{references["E"]}"]);
        Assert.Equal("1", shown["closed:2026-11"]);
        Assert.Equal("2", shown["route:triage:ingediend"]);
    }

    [Fact]
    public async Task A_signal_page_shows_its_audit_history_in_order_without_who_acted()
    {
        await using var app = await DashboardApp.StartAsync(DashboardSeed.Clock());
        var references = await DashboardSeed.SeedAsync(app);
        var overview = await (await app.GetAsync("/dashboard", app.Token(DashboardApp.Coordinator))).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/dashboard/signals/{references["C"]}?lang=nl\"", overview);

        var response = await app.GetAsync($"/dashboard/signals/{references["C"]}?lang=nl", app.Token(DashboardApp.Coordinator));

        var html = await response.Content.ReadAsStringAsync();
        await using var db = await app.DatabaseAsync();
        var audit = await db.AuditEntries.Where(a => a.SubjectType == "signaal" && a.SubjectId == references["C"]).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["geregistreerd", "status-bijgewerkt"], audit);
        Assert.Equal(audit, AuditActions().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("Navraag bij de ketenpartners loopt.", html);
        Assert.DoesNotContain(DashboardApp.Coordinator, html);
        Assert.DoesNotContain(DashboardSeed.Jeroen, html);
    }

    [Fact]
    public async Task An_unknown_signal_is_not_found()
    {
        await using var app = await DashboardApp.StartAsync(new FakeTimeProvider(DashboardSeed.Today));

        var response = await app.GetAsync("/dashboard/signals/SG-2026-9999", app.Token(DashboardApp.Coordinator));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/dashboard", null, "nl", "Open signalen")]
    [InlineData("/dashboard?lang=en-us", null, "en", "Open signals")]
    [InlineData("/dashboard", "en-GB,en;q=0.9", "en", "Open signals")]
    [InlineData("/dashboard?lang=nl-nl", "en-GB", "nl", "Open signalen")]
    public async Task The_page_speaks_Dutch_unless_English_is_asked_for(string path, string? acceptLanguage, string lang, string heading)
    {
        await using var app = await DashboardApp.StartAsync(new FakeTimeProvider(DashboardSeed.Today));

        var html = await (await app.GetAsync(path, app.Token(DashboardApp.Coordinator), acceptLanguage)).Content.ReadAsStringAsync();

        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains($">{heading}</h2>", html);
    }

    [Fact]
    public async Task Every_chart_is_an_image_with_a_title_and_a_description_listing_its_values()
    {
        await using var app = await DashboardApp.StartAsync(DashboardSeed.Clock());
        await DashboardSeed.SeedAsync(app);

        var html = await (await app.GetAsync("/dashboard", app.Token(DashboardApp.Coordinator))).Content.ReadAsStringAsync();

        var charts = Chart().Matches(html).ToList();
        Assert.Equal(["chart-age", "chart-owner", "chart-mt", "chart-closed", "chart-routes"], charts.Select(c => c.Groups[1].Value));
        Assert.All(charts, c => Assert.Contains($"aria-labelledby=\"{c.Groups[1].Value}-title {c.Groups[1].Value}-desc\"", c.Value));
        var age = charts[0].Value;
        Assert.Contains("<title id=\"chart-age-title\">Aantal open signalen per leeftijd in dagen sinds registratie</title>", age);
        Assert.Contains("0 tot 7 dagen: 1; 8 tot 30 dagen: 1; 31 tot 90 dagen: 2; 91 tot 180 dagen: 1; Meer dan 180 dagen: 1", age);
    }

    [GeneratedRegex("<li data-audit=\"([^\"]+)\"")]
    private static partial Regex AuditActions();

    [GeneratedRegex("<svg id=\"([^\"]+)\" class=\"chart\" role=\"img\"[^>]*>.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Chart();
}
