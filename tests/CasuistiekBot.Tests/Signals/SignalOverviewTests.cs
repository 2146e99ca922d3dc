using System.Net;
using System.Text.Json;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Signals;

public sealed class SignalOverviewTests
{
    private const string ApiKey = "export-key-0123456789abcdef";

    /// <summary>Two signals from casus (one anonymous), both closed, and one open signal without a casus.</summary>
    private static async Task<Cases.Casus> ClosedAndOpenAsync(Support.BotApp app)
    {
        var named = await SignalKit.RaiseCasusAsync(app, "1");
        var anonymous = await SignalKit.RaiseCasusAsync(app, "3");
        foreach (var casus in new[] { named, anonymous })
        {
            var signal = await SignalKit.RegisterAsync(app, casus.Id);
            await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", signal, new { resolution = "uitgezocht-afgedaan", resolutionText = "Besproken in het MT." });
            await SignalKit.WaitForAsync(app, SignalKit.AuthorChat, a => a.Text?.Contains(signal.Reference) == true);
        }
        await SignalKit.RegisterAsync(app, owner: SignalKit.Colleague);
        return anonymous;
    }

    [Fact]
    public async Task The_overview_shows_open_signals_by_owner_and_directorate_and_that_every_author_heard_the_outcome()
    {
        await using var app = await SignalKit.StartAsync();
        await ClosedAndOpenAsync(app);
        await WaitForFeedbackSentAsync(app, 2);

        var figures = await app.Services.GetRequiredService<SignalOverview>().FiguresAsync(null, CancellationToken.None);
        await SignalKit.SayAsync(app, SignalKit.Dg, "Hendrik van den Berg", "overzicht signalen");
        var card = await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Dg), a => TriageKit.CardJson(a).Contains("Overzicht signalen"));

        Assert.Equal((1, 2, 2, 2), (figures.Open, figures.Closed, figures.ClosedWithAuthor, figures.AuthorsInformed));
        Assert.Equal(1.0, figures.FeedbackShare);
        var json = TriageKit.CardJson(card);
        Assert.Contains("Sanne de Vries", json);
        Assert.Contains("MT Asiel", json);
        Assert.Contains("bij 2 van 2 afgeronde signalen", json);
        Assert.Contains("100", json);
    }

    [Fact]
    public async Task Staff_who_are_neither_coordinator_nor_mt_member_do_not_get_the_overview()
    {
        await using var app = await SignalKit.StartAsync();
        await SignalKit.RegisterAsync(app);

        await SignalKit.SayAsync(app, SignalKit.Outsider, "Olaf Buiten", "overzicht signalen");

        await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Outsider), a => a.Text?.Contains("coördinatoren en leden van een MT") == true);
        Assert.DoesNotContain(TriageKit.SentTo(app, SignalKit.ChatOf(SignalKit.Outsider)), a => TriageKit.CardJson(a).Contains("SG-"));
    }

    [Fact]
    public async Task The_export_endpoint_needs_the_configured_key_and_never_contains_an_author()
    {
        await using var app = await SignalKit.StartAsync(extra: new Dictionary<string, string?> { ["Export:ApiKey"] = ApiKey });
        var anonymous = await ClosedAndOpenAsync(app);
        await WaitForFeedbackSentAsync(app, 2);

        var none = await app.Client.GetAsync("/api/export/signals");
        var wrong = await GetAsync(app, "/api/export/signals", "not-the-key");
        var badFormat = await GetAsync(app, "/api/export/signals?format=xml", ApiKey);
        var csv = await GetAsync(app, "/api/export/signals?format=csv", ApiKey);
        var json = await GetAsync(app, "/api/export/signals?format=json", ApiKey);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest), (none.StatusCode, wrong.StatusCode, badFormat.StatusCode));
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.StartsWith("reference,title,category,status,owner,directorate", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains(anonymous.Reference) && l.EndsWith(",true"));
        using var rows = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(3, rows.RootElement.GetArrayLength());
        Assert.Equal(2, rows.RootElement.EnumerateArray().Count(r => r.GetProperty("authorInformed").ValueKind == JsonValueKind.True));
        foreach (var body in new[] { string.Join('\n', lines), rows.RootElement.GetRawText() })
        {
            Assert.DoesNotContain("Test Gebruiker", body);
            Assert.DoesNotContain("000000000101", body);
        }
    }

    [Fact]
    public async Task Without_a_configured_key_the_export_endpoint_does_not_exist()
    {
        await using var app = await SignalKit.StartAsync();

        var response = await GetAsync(app, "/api/export/signals", "anything");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_export_command_writes_csv_or_json_and_refuses_another_format()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        var command = new SignalExportCommand(app.Services.GetRequiredService<CasuistiekBot.Storage.DatabaseMigrator>(), app.Services.GetRequiredService<SignalExport>());
        using var csv = new StringWriter();
        using var json = new StringWriter();
        using var error = new StringWriter();

        var results = (
            await command.RunAsync(["export", "signals", "--format", "csv"], csv, error, CancellationToken.None),
            await command.RunAsync(["export", "signals", "--format=json"], json, error, CancellationToken.None),
            await command.RunAsync(["export", "signals", "--format", "xlsx"], TextWriter.Null, error, CancellationToken.None));

        Assert.Equal((0, 0, 2), results);
        Assert.Contains(signal.Reference, csv.ToString());
        Assert.Equal(signal.Reference, JsonDocument.Parse(json.ToString()).RootElement[0].GetProperty("reference").GetString());
        Assert.Contains("Unknown format 'xlsx'", error.ToString());
    }

    private static Task<HttpResponseMessage> GetAsync(Support.BotApp app, string path, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(SignalExportEndpoint.HeaderName, key);
        return app.Client.SendAsync(request);
    }

    private static async Task WaitForFeedbackSentAsync(Support.BotApp app, int count)
    {
        var overview = app.Services.GetRequiredService<SignalOverview>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await overview.FiguresAsync(null, CancellationToken.None)).AuthorsInformed < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The feedback was not delivered.");
            await Task.Delay(50);
        }
    }
}
