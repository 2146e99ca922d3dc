using Microsoft.Extensions.DependencyInjection;
using CasuistiekBot.Hearing;
using CasuistiekBot.Reporting;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Tests.Reporting;

/// <summary>The Stand van de Uitvoering over a generated year: its figures, and what it never shows.</summary>
public sealed class StandReportTests
{
    [Fact]
    public async Task The_figures_are_those_of_the_generated_year()
    {
        var (app, year) = await StandKit.StartAsync();
        await using var _ = app;

        var report = await StandKit.ReportAsync(app);

        Assert.Equal(year.Cases, report.CasesRaised);
        Assert.Equal(year.Discussed.Order(), report.Dilemmas.Select(d => d.Reference).Order());
        Assert.True(year.Discussed.Count >= 60 && year.Signals.Count == 40, $"{year.Discussed.Count} discussed, {year.Signals.Count} signals");
        var f = report.Figures;
        var closed = year.Signals.Where(s => s.Resolution is not null).ToList();
        Assert.Equal((40, closed.Count, year.Signals.Count(s => s.Discriminatory)), (f.Raised, f.Closed, f.PossiblyDiscriminatory));
        Assert.Equal(SignalResolution.All.Select(kind => (kind, closed.Count(s => s.Resolution == kind))), f.ByResolution);
        Assert.Equal(year.Signals.GroupBy(s => s.Law).ToDictionary(g => g.Key ?? "-", g => g.Count()), f.ByLaw.ToDictionary(b => b.Law ?? "-", b => b.Count));
        Assert.Contains(f.ByLaw, b => b.Law is null && b.Count > 0);
        Assert.Equal(year.Signals.Where(s => s.Resolution is null).GroupBy(s => s.Mt).ToDictionary(g => g.Key ?? "-", g => g.Count()),
            f.OpenPerMt.ToDictionary(o => o.Mt ?? "-", o => o.Count));
        Assert.Equal(40, f.RaisedPerMonth.Sum());
        Assert.Equal(closed.Count, f.ClosedPerMonth.Sum());

        var leads = closed.Select(s => s.LeadDays!.Value).Order().ToArray();
        var median = leads.Length % 2 == 1 ? leads[leads.Length / 2] : (leads[leads.Length / 2 - 1] + leads[leads.Length / 2]) / 2.0;
        Assert.Equal(median, f.LeadMedianDays);
        Assert.Equal(leads[(int)Math.Ceiling(0.9 * leads.Length) - 1], f.LeadP90Days);

        Assert.Equal(year.AuthorScores.Count, report.HeardAuthors.Count);
        Assert.Equal(Math.Round(year.AuthorScores.Average(), 1), report.HeardAuthors.Average);
        Assert.Equal(Enumerable.Range(1, 5).Select(s => year.AuthorScores.Count(a => a == s)), report.HeardAuthors.Distribution);
        Assert.Equal(year.AuthorScores.Count, report.HeardAuthors.PerQuarter.Sum());
        Assert.Equal(year.PanelScores.Count, report.HeardPanel.Count);
        Assert.Equal(year.Remarks.Order(StringComparer.Ordinal), report.HeardAuthors.Remarks);
        Assert.Equal(closed.Count, report.Feedback.Count());
    }

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    [InlineData("csv")]
    public async Task No_format_names_an_author_and_a_missing_law_reads_niet_ingevuld(string format)
    {
        var (app, year) = await StandKit.StartAsync();
        await using var _ = app;

        var text = StandKit.Render(app, await StandKit.ReportAsync(app), format);

        Assert.All(year.AuthorSecrets, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("SG-2026-0040", text);
        Assert.Contains("Gedeeld beeld 001", text);
        if (format != "csv") Assert.Contains("niet ingevuld", text);
        // Raised and closed per month, by resolution, by law, open per MT, and per role the scores and the quarters.
        if (format == "html") Assert.Equal(9, text.Split("<svg ").Length - 1);
    }

    [Fact]
    public async Task The_csv_has_one_row_per_dilemma_and_per_signal_with_the_documented_columns()
    {
        var (app, year) = await StandKit.StartAsync();
        await using var _ = app;

        var rows = StandKit.ParseCsv(StandKit.Render(app, await StandKit.ReportAsync(app), "csv"));

        Assert.Equal(StandCsv.Columns, rows[0]);
        Assert.All(rows, row => Assert.Equal(StandCsv.Columns.Length, row.Count));
        var body = rows.Skip(1).Select(r => StandCsv.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(year.Discussed.Count, body.Count(r => r["kind"] == "dilemma"));
        Assert.Equal(40, body.Count(r => r["kind"] == "signaal"));
        var first = body.Single(r => r["reference"] == "SG-2026-0001");
        var generated = year.Signals.Single(s => s.Reference == "SG-2026-0001");
        Assert.Equal((generated.Law ?? "", generated.Mt ?? "", generated.Resolution ?? "", $"{generated.LeadDays}", "true"),
            (first["law"], first["owner_mt"], first["resolution"], first["lead_time_days"], first["possibly_discriminatory"]));
        Assert.StartsWith("Terugkoppeling 01", first["feedback"]);
        Assert.Equal("", body.Single(r => r["reference"] == "SG-2026-0004")["law"]);
        var dilemma = body.Single(r => r["reference"] == "CS-2026-0001");
        Assert.Contains(StandYear.LongToken, dilemma["title_or_summary"]);
        Assert.StartsWith("Gedeeld beeld 001", dilemma["shared_view"]);
        Assert.Equal("false", dilemma["text_erased"]);
    }

    [Fact]
    public async Task The_markdown_has_every_section_and_well_formed_tables()
    {
        var (app, _) = await StandKit.StartAsync();
        await using var __ = app;

        var md = StandKit.Render(app, await StandKit.ReportAsync(app), "md");

        foreach (var heading in new[] { "# Stand van de Uitvoering 2026", "## In het kort", "## Nog open per MT", "## Voelden inbrengers zich gehoord?", "## Teruggekoppeld aan inbrengers", "## De dilemma's", "## De signalen" })
        {
            Assert.Contains("\n" + heading + "\n", "\n" + md);
        }
        Assert.Matches(@"\| niet ingevuld \| \d+ \|", md);
        // Each table's rows have as many cells as its header.
        foreach (var table in md.Split("\n\n").Where(b => b.StartsWith('|')))
        {
            var widths = table.Split('\n').Select(line => System.Text.RegularExpressions.Regex.Matches(line, @"(?<!\\)\|").Count).Distinct().ToList();
            Assert.True(widths.Count == 1, "Ragged table:\n" + table);
        }
    }

    [Fact]
    public async Task An_mt_member_sees_only_their_mts_signals_and_no_dilemmas()
    {
        var (app, year) = await StandKit.StartAsync();
        await using var _ = app;

        var report = await StandKit.ReportAsync(app, SignalScope.OfMt(StandYear.Mts[0]));

        Assert.False(report.ShowsDilemmas);
        Assert.Equal(year.Signals.Where(s => s.Mt == StandYear.Mts[0]).Select(s => s.Reference), report.Signals.Select(s => s.Reference));
        var html = StandKit.Render(app, report, "html");
        Assert.DoesNotContain("Gedeeld beeld", html);
        Assert.DoesNotContain("\ndilemma,", StandKit.Render(app, report, "csv"));
    }

    [Fact]
    public async Task The_command_writes_the_asked_format_and_refuses_an_unknown_one()
    {
        var (app, _) = await StandKit.StartAsync();
        await using var __ = app;
        var command = (Commands.IAdminCommand)app.Services.GetRequiredService<StandReportCommand>();

        async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            var exit = await command.RunAsync(new Commands.AdminCommandLine(args, TextReader.Null, output, error, "usage"), CancellationToken.None);
            return (exit, output.ToString(), error.ToString());
        }

        var csv = await RunAsync("report", "stand", "--year", "2026", "--format", "csv");
        var md = await RunAsync("report", "stand", "--year=2026", "--format=md", "--language", "en");
        var pdf = await RunAsync("report", "stand", "--year", "2026", "--format", "pdf");
        var year = await RunAsync("report", "stand", "--year", "twintig");

        Assert.Equal((0, string.Join(',', StandCsv.Columns)), (csv.Exit, csv.Output.Split('\n')[0].TrimEnd('\r')));
        Assert.Equal(0, md.Exit);
        Assert.StartsWith("# State of Implementation 2026", md.Output);
        Assert.Equal((2, ""), (pdf.Exit, pdf.Output));
        Assert.Contains("--format pdf", pdf.Error);
        Assert.Equal(2, year.Exit);
    }
}
