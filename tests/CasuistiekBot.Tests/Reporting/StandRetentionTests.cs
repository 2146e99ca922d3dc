using Microsoft.Extensions.DependencyInjection;
using CasuistiekBot.Retention;

namespace CasuistiekBot.Tests.Reporting;

/// <summary>After the retention period the report shows what retention keeps: counts and tags, no text of an erased casus.</summary>
public sealed class StandRetentionTests
{
    /// <summary>More than the default 24 months after every casus closed in 2026.</summary>
    private static readonly DateTimeOffset TwoYearsOn = new(2029, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Erased_dilemmas_become_counts_and_their_remarks_go_while_every_figure_stays()
    {
        var (app, year) = await StandKit.StartAsync(TwoYearsOn);
        await using var _ = app;
        var before = await StandKit.ReportAsync(app);

        var swept = await app.Services.GetRequiredService<RetentionSweep>().RunAsync(dryRun: false, CancellationToken.None);
        var after = await StandKit.ReportAsync(app);

        Assert.Equal(year.Closed.Order(), swept.Erased.Select(c => c.Reference).Order());
        Assert.Equal((year.Closed.Count, year.Discussed.Count - year.Closed.Count), (after.ErasedDilemmas, after.KeptDilemmas.Count()));
        Assert.Equal(before.Dilemmas.Count, after.Dilemmas.Count);
        Assert.Equal(before.Figures.Raised, after.Figures.Raised);
        Assert.Equal(before.Figures.ByLaw, after.Figures.ByLaw);
        Assert.Equal(before.Figures.LeadMedianDays, after.Figures.LeadMedianDays);
        Assert.Equal((before.HeardAuthors.Count, before.HeardAuthors.Average), (after.HeardAuthors.Count, after.HeardAuthors.Average));
        Assert.True(after.HeardAuthors.Remarks.Count < before.HeardAuthors.Remarks.Count);

        var erased = year.Closed[0];
        var number = erased[^3..];
        foreach (var format in new[] { "html", "md", "csv" })
        {
            var text = StandKit.Render(app, after, format);
            Assert.DoesNotContain($"Dilemma {number}", text);
            Assert.DoesNotContain($"Gedeeld beeld {number}", text);
            Assert.DoesNotContain($"Opmerking {number}", text);
            var sentence = $"{year.Closed.Count} besproken dilemma's zijn na de bewaartermijn teruggebracht tot aantallen";
            if (format != "csv") Assert.Contains(format == "html" ? System.Net.WebUtility.HtmlEncode(sentence) : sentence, text);
        }
        var row = StandKit.ParseCsv(StandKit.Render(app, after, "csv")).Single(r => r[1] == erased);
        Assert.Equal(("dilemma", "", "", "true"), (row[0], row[12], row[13], row[15]));
    }
}
