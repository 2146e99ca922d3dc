using System.Text.Json.Nodes;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Cards;
using CasuistiekBot.Testing.Node;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Dashboard;

/// <summary>
/// The dashboard in headless Chromium (tests/js/dashboard-browser.js with Playwright) against the app on a real port:
/// the numbers a coordinator sees equal the database, a click leads to the signal's history, an outsider's token and a
/// browser without one get no data; inside a Teams stand-in the real Teams SDK signs the tab in and the channel tab saves
/// its configuration. Screenshots go to artifacts/screenshots/dashboard/ for review.
/// </summary>
public sealed class DashboardBrowserTests
{
    public static string ScreenshotDirectory => Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots", "dashboard");

    [RequiresChromiumFact]
    public async Task A_coordinator_sees_the_database_in_the_browser_and_clicks_through_to_a_signal_while_others_see_nothing()
    {
        await using var app = await DashboardApp.StartAsync(DashboardSeed.Clock(), kestrel: true);
        var references = await DashboardSeed.SeedAsync(app);
        var expected = await ExpectedFigures.FromDatabaseAsync(app);

        var result = await NodeScripts.RunAsync("dashboard-browser.js",
            "--base", app.BaseAddress,
            "--token", app.Token(DashboardApp.Coordinator),
            "--refused-token", app.Token(DashboardSeed.Expert),
            "--host-name", DashboardApp.HostName,
            "--out", ScreenshotDirectory,
            "--chromium", CardRenderer.ChromiumPath);

        var overview = result["overview"]!;
        Assert.Equal(200, overview["status"]!.GetValue<int>());
        Assert.Equal(expected.OrderBy(f => f.Key), Figures(overview).OrderBy(f => f.Key));
        Assert.Equal(["chart-age", "chart-owner", "chart-mt", "chart-closed", "chart-routes"], overview["charts"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.All(overview["charts"]!.AsArray(), chart =>
        {
            Assert.Equal("img", chart!["role"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(chart["title"]?.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(chart["description"]?.GetValue<string>()));
            Assert.True(chart["bars"]!.GetValue<int>() > 0 && chart["width"]!.GetValue<int>() > 100);
        });

        // The most overdue signal is listed first; its page shows the audit trail of exactly that signal.
        var signal = result["signal"]!;
        Assert.Equal(references["E"], signal["clicked"]!.GetValue<string>());
        Assert.Equal(references["E"], signal["reference"]!.GetValue<string>());
        await using (var db = await app.DatabaseAsync())
        {
            var audit = await db.AuditEntries.Where(a => a.SubjectType == "signaal" && a.SubjectId == references["E"]).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.NotEmpty(audit);
            Assert.Equal(audit, signal["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>()));
        }
        Assert.DoesNotContain(DashboardApp.Coordinator, signal["text"]!.GetValue<string>());

        Assert.Contains("Open signals", result["english"]!["headings"]!.AsArray().Select(h => h!.GetValue<string>()));
        Assert.Equal(expected["open-total"], Figures(result["english"]!)["open-total"]);

        Assert.Equal(403, result["refused"]!["status"]!.GetValue<int>());
        Assert.Empty(Figures(result["refused"]!));
        Assert.DoesNotContain("SG-20", result["refused"]!["text"]!.GetValue<string>());
        Assert.Empty(Figures(result["signIn"]!));
        Assert.Contains("Microsoft Teams", result["signIn"]!["text"]!.GetValue<string>());

        // Inside a Teams stand-in the real SDK and the sign-in page's script fetch every page with the SSO token.
        var inTeams = result["inTeams"]!;
        Assert.Equal(expected.OrderBy(f => f.Key), Figures(inTeams).OrderBy(f => f.Key));
        Assert.Equal(references["E"], inTeams["clickedThrough"]!.GetValue<string>());
        Assert.NotEmpty(inTeams["history"]!.AsArray());
        Assert.Equal(["initialize", "authentication.getAuthToken", "authentication.getAuthToken"],
            inTeams["hostCalls"]!.AsArray().Select(c => c!.GetValue<string>()));
        var requests = inTeams["requests"]!.AsArray().Select(r => (Url: r!["url"]!.GetValue<string>(), Bearer: r["authorization"] is not null)).ToList();
        Assert.Contains(requests, r => r.Url.Contains("/dashboard/signals/", StringComparison.Ordinal) && r.Bearer);
        Assert.DoesNotContain(requests, r => r.Url.Contains("token", StringComparison.OrdinalIgnoreCase));

        var configure = result["configure"]!;
        Assert.Equal("true", configure["valid"]![0]!.ToJsonString());
        Assert.Equal("signalen", configure["settings"]!["entityId"]!.GetValue<string>());
        Assert.Equal($"https://{DashboardApp.HostName}/dashboard?lang={{locale}}", configure["settings"]!["contentUrl"]!.GetValue<string>());
        Assert.Contains("settings.save.success", configure["hostCalls"]!.AsArray().Select(c => c!.GetValue<string>()));

        Assert.All(result["screenshots"]!.AsArray(), png => Assert.True(new FileInfo(png!.GetValue<string>()).Length > 2_000, $"{png} is empty"));
    }

    private static Dictionary<string, string> Figures(JsonNode page) =>
        page["figures"]!.AsObject().ToDictionary(f => f.Key, f => f.Value!.GetValue<string>());
}
