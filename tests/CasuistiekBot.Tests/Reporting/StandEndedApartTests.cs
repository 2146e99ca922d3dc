using System.Net;
using CasuistiekBot.Reporting;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Reporting;

/// <summary>
/// A reported signal a keeper merged into another or declined has ended without an outcome: the report and the
/// dashboard count it apart, never as closed, resolved or in the lead times.
/// </summary>
public sealed class StandEndedApartTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 12, 9, 0, 0, TimeSpan.Zero);
    private const string LongLaw = "Wet administratiefrechtelijke handhaving verkeersvoorschriften";

    [Fact]
    public async Task Merged_and_declined_signals_are_counted_apart_in_the_report_and_on_the_dashboard()
    {
        await using var app = await DashboardApp.StartAsync(new FakeTimeProvider(Now));
        var raised = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var ended = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        await using (var db = await app.DatabaseAsync())
        {
            var target = Signal(1, SignalStatus.New, raised, "00000000-0000-4000-8000-000000000701");
            target.Law = LongLaw;
            var merged = Signal(2, SignalStatus.Reported, raised, "");
            var declined = Signal(3, SignalStatus.Reported, raised, "");
            Assert.True(merged.MergeInto(target, ended).Succeeded);
            Assert.True(declined.DeclineReported("Valt buiten de uitvoering.", ended).Succeeded);
            Assert.True(target.Close(target.OwnerAadObjectId, SignalResolution.SolvedInRules, "De werkinstructie is aangepast.", null, ended.AddDays(1)).Succeeded);
            db.AddRange(target, merged, declined);
            await db.SaveChangesAsync();
        }

        var report = await app.Services.GetRequiredService<StandReportBuilder>().BuildAsync(2026, SignalScope.All, CancellationToken.None);

        var f = report.Figures;
        Assert.Equal((3, 1, 1, 1), (f.Raised, f.Closed, f.Merged, f.Declined));
        Assert.Equal(1, f.ByResolution.Sum(b => b.Count));
        Assert.Equal(1, f.ClosedPerMonth.Sum());
        Assert.Equal(31, f.LeadMedianDays);
        var csv = StandKit.ParseCsv(StandKit.Render(app, report, "csv"));
        var header = csv[0];
        var rows = csv.Skip(1).Where(r => r.Count > 1).ToDictionary(r => r[1]);
        string Cell(string reference, string column) => rows[reference][header.IndexOf(column)];
        Assert.Equal(("samengevoegd", "", "", "SG-2026-0001"), (Cell("SG-2026-0002", "status"), Cell("SG-2026-0002", "resolution"), Cell("SG-2026-0002", "lead_time_days"), Cell("SG-2026-0002", "merged_into")));
        Assert.Equal(("afgewezen", "", "Valt buiten de uitvoering."), (Cell("SG-2026-0003", "status"), Cell("SG-2026-0003", "resolution"), Cell("SG-2026-0003", "decline_reason")));
        var html = StandKit.Render(app, report, "html");
        Assert.Contains("Samengevoegd in SG-2026-0001", html);
        Assert.Contains("Afgewezen: Valt buiten de uitvoering.", html);
        Assert.Contains("<div class=\"tile\"><b>1</b>Signalen afgehandeld</div>", html);
        // A long label in a horizontal chart wraps over two lines, is cut with "…" and keeps the whole as its tooltip.
        Assert.Contains($"<title>{LongLaw}</title><tspan", html);
        var labels = System.Text.RegularExpressions.Regex.Matches(html, "<(?:text[^>]*class=\"label\"|tspan[^>]*)>([^<]+)<").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Contains(labels, l => l.EndsWith('…'));
        Assert.All(labels, l => Assert.True(l.Length <= 22, l));

        var response = await app.GetAsync("/dashboard", app.Token(DashboardApp.Coordinator));
        var page = ExpectedFigures.OnPage(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("1", "1", "1"), (page["ended:merged"], page["ended:declined"], page["closed:2026-12"]));
        Assert.Equal((await ExpectedFigures.FromDatabaseAsync(app)).OrderBy(p => p.Key), page.OrderBy(p => p.Key));
    }

    private static Signal Signal(int number, string status, DateTimeOffset at, string owner) => new()
    {
        Id = Guid.NewGuid(), Reference = $"SG-2026-{number:0000}", Year = 2026, Number = number, Title = $"Signaal {number}", Description = "Een signaal.",
        Category = SignalCategory.HarshRules, OwnerAadObjectId = owner, OwnerName = owner.Length > 0 ? "Eigenaar" : "", OwnerMt = owner.Length > 0 ? "MT Asiel" : null,
        DueDate = DateOnly.FromDateTime(at.UtcDateTime.AddDays(40)), Status = status, CreatedAt = at, UpdatedAt = at, LastOwnerUpdateAt = at, Version = 1,
    };
}
