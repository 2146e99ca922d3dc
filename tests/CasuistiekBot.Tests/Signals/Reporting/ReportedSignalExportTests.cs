using System.Net;
using System.Text.Json;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Reporting;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Signals.Reporting;

/// <summary>
/// A reported signal no keeper has accepted yet is in the export as <c>gemeld</c>, without owner, directorate or due
/// date and marked <c>awaiting_keeper</c>; an owner's signal is not so marked.
/// </summary>
public sealed class ReportedSignalExportTests
{
    private const string ApiKey = "export-key-0123456789abcdef";

    [Fact]
    public async Task A_reported_signal_is_exported_as_gemeld_without_owner_and_marked_as_awaiting_the_keeper()
    {
        await using var app = await SignalKit.StartAsync(extra: new Dictionary<string, string?> { ["Roles:SignalKeepers:0"] = IntakeKit.Keeper, ["Export:ApiKey"] = ApiKey });
        await SignalKit.SayAsync(app, IntakeKit.Keeper, "Ingrid Beheer", "help");
        await IntakeKit.ReportAsync(app);
        var owned = await SignalKit.RegisterAsync(app);
        await using var db = await IntakeTranscriptTests.Db(app);
        var reported = await db.Set<Signal>().AsNoTracking().SingleAsync(s => s.Status == SignalStatus.Reported);

        var csv = await GetAsync(app, "csv");
        var json = await GetAsync(app, "json");

        var rows = StandKit.ParseCsv(csv).Where(r => r.Count > 1).ToList();
        var header = rows[0];
        var byReference = rows.Skip(1).ToDictionary(r => r[0]);
        string Cell(string reference, string column) => byReference[reference][header.IndexOf(column)];
        Assert.Equal("awaiting_keeper", header[^1]);
        Assert.Equal(("gemeld", "", "", "", "false", "true"),
            (Cell(reported.Reference, "status"), Cell(reported.Reference, "owner"), Cell(reported.Reference, "directorate"), Cell(reported.Reference, "due_date"),
             Cell(reported.Reference, "overdue"), Cell(reported.Reference, "awaiting_keeper")));
        Assert.Equal(("nieuw", "false"), (Cell(owned.Reference, "status"), Cell(owned.Reference, "awaiting_keeper")));
        Assert.NotEqual("", Cell(owned.Reference, "owner"));
        Assert.DoesNotContain(IntakeKit.ReporterName, csv);

        using var document = JsonDocument.Parse(json);
        var entry = document.RootElement.EnumerateArray().Single(r => r.GetProperty("reference").GetString() == reported.Reference);
        Assert.True(entry.GetProperty("awaitingKeeper").GetBoolean());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("dueDate").ValueKind);
        Assert.DoesNotContain(IntakeKit.ReporterName, json);
    }

    private static async Task<string> GetAsync(Support.BotApp app, string format)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/export/signals?format={format}");
        request.Headers.Add(SignalExportEndpoint.HeaderName, ApiKey);
        var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
