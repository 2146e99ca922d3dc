using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Cards;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Reporting;

/// <summary>
/// The report's HTML printed on A4 with headless Chromium for a generated year: every page is A4, nothing is wider than
/// the printable width, the margins stay blank. The PDF and a PNG of each page are kept in artifacts/stand/ for review.
/// </summary>
public sealed class StandPrintTests(ITestOutputHelper output)
{
    private static string Folder => Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "stand")).FullName;

    [RequiresChromiumFact]
    public async Task The_report_of_a_generated_year_prints_on_a4_with_nothing_wider_than_the_page()
    {
        var (app, _) = await StandKit.StartAsync();
        await using var __ = app;
        var html = StandKit.Render(app, await StandKit.ReportAsync(app), "html");

        var (tooWide, measured, widest) = await A4Print.MeasureAsync(html, Folder, "stand-2026");
        var (pdf, pages, ink, pngs) = await A4Print.PrintAsync(html, Folder, "stand-2026");

        output.WriteLine($"{measured} blocks measured, widest right edge {widest:0.#}px of {A4Print.PrintablePx:0.#}px; {pages.Count} A4 pages: {pdf}");
        Assert.True(measured > 30, $"only {measured} blocks measured");
        Assert.True(tooWide.Count == 0, "Wider than the printable width:\n" + string.Join("\n", tooWide));
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.True(Math.Abs(p.Width - 595.28) < 1.5 && Math.Abs(p.Height - 841.89) < 1.5, $"page of {p.Width} x {p.Height} pt is not A4"));
        Assert.True(ink.Count == 0, "Ink in the margins:\n" + string.Join("\n", ink));
        Assert.Equal(pages.Count, pngs.Count);
    }

    [RequiresChromiumFact]
    public async Task The_check_finds_a_table_wider_than_the_page()
    {
        var (app, _) = await StandKit.StartAsync();
        await using var __ = app;
        var html = StandKit.Render(app, await StandKit.ReportAsync(app), "html")
            .Replace("</body>", "<table style=\"min-width:240mm\"><tr><td>te breed</td></tr></table></body>", StringComparison.Ordinal);

        var (tooWide, _, _) = await A4Print.MeasureAsync(html, Folder, "too-wide");

        Assert.Contains(tooWide, line => line.StartsWith("table", StringComparison.Ordinal));
    }
}
