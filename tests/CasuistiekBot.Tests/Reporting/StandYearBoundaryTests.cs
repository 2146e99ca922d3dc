using CasuistiekBot.Cases;
using CasuistiekBot.Reporting;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Dashboard;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Reporting;

/// <summary>
/// The report's year is the organisation's calendar year (Calendar:TimeZone, Amsterdam in the defaults): what happens on
/// New Year's Eve at 23:30 there belongs to that year, and 00:30 on New Year's Day to the next, whatever the UTC date.
/// </summary>
public sealed class StandYearBoundaryTests
{
    // Winter time: Amsterdam is UTC+1.
    private static readonly DateTimeOffset EveLate = new(2026, 12, 31, 23, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset NewYearEarly = new(2027, 1, 1, 0, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset LastNewYearEarly = new(2026, 1, 1, 0, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Signals_and_sessions_count_in_the_local_year_they_happened_in()
    {
        await using var app = await DashboardApp.StartAsync(new FakeTimeProvider(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero)));
        await using (var db = await app.DatabaseAsync())
        {
            var casus = Casus(1, LastNewYearEarly.AddDays(-20));
            db.AddRange(
                casus,
                new SessionOutcome { CasusId = casus.Id, SharedView = "Gedeeld beeld in de nieuwjaarsnacht.", RecordedAt = LastNewYearEarly.ToUniversalTime(), RecordedByName = "Pieter Jansen", RecordedByAadObjectId = DashboardApp.Coordinator },
                Signal(1, "Oudejaarsavond", EveLate, null),
                Signal(2, "Nieuwjaarsnacht", NewYearEarly, null),
                Signal(3, "Vorige nieuwjaarsnacht", LastNewYearEarly, NewYearEarly));
            await db.SaveChangesAsync();
        }
        var command = (Commands.IAdminCommand)app.Services.GetRequiredService<StandReportCommand>();
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await command.RunAsync(new Commands.AdminCommandLine(["report", "stand", "--year", "2026", "--format", "csv"], TextReader.Null, output, error, "usage"), CancellationToken.None);

        Assert.Equal(0, exit);
        var rows = StandKit.ParseCsv(output.ToString()).Skip(1).Where(r => r.Count > 1).ToDictionary(r => r[1]);
        Assert.Equal("2026-12-31", rows["SG-2026-0001"][7]);
        Assert.Equal("2026-01-01", rows["SG-2026-0003"][7]);
        Assert.Equal("2027-01-01", rows["SG-2026-0003"][8]);
        Assert.DoesNotContain("SG-2027-0002", rows.Keys);
        Assert.Equal("2026-01-01", rows["CS-2025-0001"][8]);

        var report = await app.Services.GetRequiredService<StandReportBuilder>().BuildAsync(2026, SignalScope.All, CancellationToken.None);
        Assert.Equal((2, 0), (report.Figures.Raised, report.Figures.Closed));
        Assert.Equal((1, 1), (report.Figures.RaisedPerMonth[0], report.Figures.RaisedPerMonth[11]));
        var next = await app.Services.GetRequiredService<StandReportBuilder>().BuildAsync(2027, SignalScope.All, CancellationToken.None);
        Assert.Equal((1, 1), (next.Figures.Raised, next.Figures.Closed));
        Assert.Empty(next.Dilemmas);
    }

    private static Signal Signal(int number, string title, DateTimeOffset created, DateTimeOffset? closed)
    {
        var at = created.ToUniversalTime();
        var year = created.Year;
        return new Signal
        {
            Id = Guid.NewGuid(), Reference = $"SG-{year}-{number:0000}", Year = year, Number = number, Title = title, Description = "Een signaal rond de jaarwisseling.",
            Category = SignalCategory.HarshRules, OwnerAadObjectId = "00000000-0000-4000-8000-000000000701", OwnerName = "Eigenaar", OwnerMt = "MT Asiel",
            DueDate = DateOnly.FromDateTime(at.UtcDateTime.AddDays(40)), Status = closed is null ? SignalStatus.New : SignalStatus.Closed,
            Resolution = closed is null ? null : SignalResolution.SolvedInRules, ResolutionText = closed is null ? null : "Opgelost.",
            ClosedAt = closed?.ToUniversalTime(), CreatedAt = at, UpdatedAt = closed?.ToUniversalTime() ?? at, LastOwnerUpdateAt = at, Version = 1,
        };
    }

    private static Casus Casus(int number, DateTimeOffset at) => new Casus
    {
        Id = Guid.NewGuid(), Reference = $"CS-{at.Year}-{number:0000}", Year = at.Year, Number = number, CreatedAt = at.ToUniversalTime(), UpdatedAt = at.ToUniversalTime(),
        AuthorKey = "key-" + number, Visibility = CasusVisibility.Anonymous, Language = "nl", Story = "Een verhaal zonder persoonsgegevens.",
        Wish = CasusWish.Advice, RoutesJson = "[]", TriageDueAt = at.ToUniversalTime(), Themes = "asiel",
    }.To(CasusStatus.Discussed, at.ToUniversalTime());
}
