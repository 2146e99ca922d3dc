using Microsoft.Extensions.DependencyInjection;
using CasuistiekBot.Reporting;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Dashboard;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Reporting;

/// <summary>A dashboard app with a generated 2026, and the report of that year in each format.</summary>
internal static class StandKit
{
    /// <summary>Early in the next year: the whole of 2026 is behind us, nothing is past retention yet.</summary>
    public static readonly DateTimeOffset AfterTheYear = new(2027, 1, 12, 9, 0, 0, TimeSpan.Zero);

    public static async Task<(DashboardApp App, StandYear.Year Year)> StartAsync(DateTimeOffset? now = null)
    {
        var app = await DashboardApp.StartAsync(new FakeTimeProvider(now ?? AfterTheYear));
        try
        {
            return (app, await StandYear.GenerateAsync(app.Services));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public static Task<StandReport> ReportAsync(DashboardApp app, SignalScope? scope = null) =>
        app.Services.GetRequiredService<StandReportBuilder>().BuildAsync(2026, scope ?? SignalScope.All, CancellationToken.None);

    public static string Render(DashboardApp app, StandReport report, string format, string language = "nl") =>
        app.Services.GetRequiredService<StandRenderer>().Render(report, format, language);

    /// <summary>RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    public static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString().TrimEnd('\r')); field.Clear(); rows.Add(row); row = []; }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
