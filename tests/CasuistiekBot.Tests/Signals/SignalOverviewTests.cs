using System.Net;
using System.Text.Json;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Signals;

public sealed class SignalOverviewTests
{
    private const string ApiKey = "export-key-0123456789abcdef";

    /// <summary>Two signals from casus (one anonymous), both closed, and one open signal without a casus.</summary>
    private static async Task<CasuistiekBot.Cases.Casus> ClosedAndOpenAsync(Support.BotApp app)
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
    public async Task An_MT_member_sees_the_signals_of_their_own_MT_with_the_counts_of_the_others_and_a_coordinator_sees_all()
    {
        await using var app = await SignalKit.StartAsync();
        var theirs = await RegisterElsewhereAsync(app);
        var ours = await SignalKit.RegisterAsync(app);

        await SignalKit.SayAsync(app, SignalKit.Dg, "Hendrik van den Berg", "overzicht signalen");
        await SignalKit.SayAsync(app, TriageKit.Coordinator1, "Carla Coördinator", "overzicht signalen");
        var dg = TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Dg), a => TriageKit.CardJson(a).Contains("Overzicht signalen")));
        var coordinator = TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(TriageKit.Coordinator1), a => TriageKit.CardJson(a).Contains("Overzicht signalen")));

        Assert.Contains("Overzicht signalen van MT Asiel", dg);
        Assert.Contains(ours.Reference, dg);
        Assert.DoesNotContain(theirs.Reference, dg);
        Assert.DoesNotContain(theirs.Title, dg);
        Assert.DoesNotContain("Henk Elders", dg);
        Assert.Contains("{\"title\":\"MT Handhaving\",\"value\":\"1\"}", dg);   // where the other MTs stand, as a count
        Assert.Contains(theirs.Reference, coordinator);
        Assert.Contains("MT Handhaving", coordinator);
        Assert.Contains("Henk Elders", coordinator);
    }

    [Fact]
    public async Task A_signal_card_of_another_MT_is_refused_to_an_MT_member_and_shown_to_a_colleague_in_the_same_MT()
    {
        await using var app = await SignalKit.StartAsync();
        var ours = await SignalKit.RegisterAsync(app);
        var theirs = await RegisterElsewhereAsync(app);

        var refused = await SignalKit.ClickAsync(app, SignalKit.Colleague, "signal.refresh", theirs, trigger: "automatic");
        var shown = await SignalKit.ClickAsync(app, SignalKit.Colleague, "signal.refresh", ours, trigger: "automatic");

        Assert.Equal("Dit signaal is niet voor jou zichtbaar.", refused["value"]?.GetValue<string>());
        Assert.DoesNotContain(theirs.Title, refused.ToJsonString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", shown["type"]?.GetValue<string>());
        Assert.Contains(ours.Reference, shown.ToJsonString());
    }

    /// <summary>A signal owned in another MT by someone in the directory there.</summary>
    private static async Task<Signal> RegisterElsewhereAsync(Support.BotApp app)
    {
        const string elsewhere = "00000000-0000-4000-8000-0000000000e7";
        await using (var db = await Intake.IntakeTranscriptTests.Db(app))
        {
            db.Add(new CasuistiekBot.Expertise.Person { AadObjectId = elsewhere, Name = "Henk Elders", Email = "henk.elders@jenv.example", Roles = "mt-lid", Mt = "MT Handhaving" });
            await db.SaveChangesAsync();
        }
        var register = app.Services.GetRequiredService<SignalRegister>();
        await using var context = await Intake.IntakeTranscriptTests.Db(app);
        await using var transaction = await context.Database.BeginTransactionAsync();
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var registration = await register.RegisterAsync(context, new NewSignal("Boete dubbel opgelegd na verhuizing", "Na een verhuizing komt de boete twee keer.",
            SignalCategory.HarshRules, null, new SignalOwner(elsewhere, "Henk Elders", "MT Handhaving"), today.AddDays(30)), TriageKit.Coordinator1, CancellationToken.None);
        await context.SaveChangesAsync();
        await transaction.CommitAsync();
        return registration.Signal ?? throw new InvalidOperationException(registration.Refusal);
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
        Assert.Contains(lines, l => l.Contains(anonymous.Reference) && l.EndsWith(",true,spreekuur,,,false,false"));
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
        await app.DeliverAllAsync();
        var informed = (await app.Services.GetRequiredService<SignalOverview>().FiguresAsync(null, CancellationToken.None)).AuthorsInformed;
        Assert.True(informed >= count, $"The feedback was delivered to {informed} of {count} authors.");
    }
}
