using CasuistiekBot.Cases;
using CasuistiekBot.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Retention;

/// <summary>The retention period applied on the fake clock, checked on every row of the database.</summary>
public sealed class RetentionSweepTests
{
    private const string Old = "kwartelkoning";
    private const string Recent = "grutto";

    [Fact]
    public async Task A_casus_closed_25_months_ago_keeps_no_text_anywhere_and_one_closed_23_months_ago_keeps_all_of_it()
    {
        var clock = new FakeTimeProvider(RetentionKit.Today);
        await using var app = await RetentionKit.StartAsync(clock);
        var old = await RetentionKit.SeedClosedAsync(app, 1, RetentionKit.Today.AddMonths(-25), Old);
        var recent = await RetentionKit.SeedClosedAsync(app, 2, RetentionKit.Today.AddMonths(-23), Recent, CasusStatus.Rejected);
        var recentRows = (await RetentionKit.DumpAsync(app)).Rows.Count(r => r.Holds(Recent));

        var report = await app.Services.GetRequiredService<RetentionSweep>().RunAsync(dryRun: false, CancellationToken.None);

        Assert.Equal([old.Reference], report.Erased.Select(c => c.Reference));
        var dump = await RetentionKit.DumpAsync(app);
        Assert.DoesNotContain(dump.Rows, r => r.Holds(Old));
        Assert.DoesNotContain(dump.Rows, r => r.Holds("Mevrouw [NAAM-1]") && r.Holds(old.Reference));
        // The same author raised the recent one, which still names them; nothing of the old one does any more.
        Assert.DoesNotContain(dump.Rows, r => r.Holds(RetentionKit.Author) && (r.Holds(old.Reference) || r.Holds(old.Id.ToString())));
        Assert.Equal(recentRows, dump.Rows.Count(r => r.Holds(Recent)));

        var erased = await RetentionKit.CasusAsync(app, old.Id);
        Assert.Equal((Casus.ErasedText, null, null, null, null, null), (erased.Story, erased.Situation, erased.Chafes, erased.Tried, erased.OrgUnit, erased.Deadline));
        Assert.Equal((null, null, null, null), (erased.AuthorAadObjectId, erased.AuthorName, erased.AuthorKey, erased.AuthorRoute));
        // The figures stay: status, year, themes, visibility, the routes suggested.
        Assert.Equal((CasusStatus.Closed, 2026, "asiel,medisch", CasusVisibility.Named), (erased.Status, erased.Year, erased.Themes, erased.Visibility));
        Assert.Contains("moreel-beraad", erased.RoutesJson);
        Assert.Equal(RetentionKit.Today, erased.ErasedAt);
        Assert.Equal(RetentionKit.Story(Recent), (await RetentionKit.CasusAsync(app, recent.Id)).Story);
    }

    [Fact]
    public async Task The_audit_trail_keeps_every_entry_with_its_action_and_time_but_no_person_or_free_text()
    {
        var clock = new FakeTimeProvider(RetentionKit.Today);
        await using var app = await RetentionKit.StartAsync(clock);
        var old = await RetentionKit.SeedClosedAsync(app, 1, RetentionKit.Today.AddMonths(-30), Old);
        var before = await RetentionKit.AuditAsync(app, old.Reference);

        await app.Services.GetRequiredService<RetentionSweep>().RunAsync(dryRun: false, CancellationToken.None);

        var after = await RetentionKit.AuditAsync(app, old.Reference);
        Assert.Equal(before.Select(a => (a.Action, a.At)), after.Take(before.Count).Select(a => (a.Action, a.At)));
        Assert.Equal("gewist", after[^1].Action);
        Assert.All(after, a => Assert.Null(a.Details));
        Assert.All(after, a => Assert.Contains(a.Actor, new[] { Audit.System, Audit.ErasedActor }));
        Assert.Contains(after, a => a.Actor == Audit.ErasedActor);
    }

    [Fact]
    public async Task Running_it_again_changes_nothing_more()
    {
        var clock = new FakeTimeProvider(RetentionKit.Today);
        await using var app = await RetentionKit.StartAsync(clock);
        await RetentionKit.SeedClosedAsync(app, 1, RetentionKit.Today.AddMonths(-25), Old, CasusStatus.Withdrawn);
        await RetentionKit.SeedClosedAsync(app, 2, RetentionKit.Today.AddMonths(-23), Recent);
        var sweep = app.Services.GetRequiredService<RetentionSweep>();
        Assert.Single((await sweep.RunAsync(dryRun: false, CancellationToken.None)).Erased);
        var first = (await RetentionKit.DumpAsync(app)).Rows.Select(r => r.ToString()).ToList();

        clock.Advance(TimeSpan.FromDays(1));
        var again = await sweep.RunAsync(dryRun: false, CancellationToken.None);

        Assert.Empty(again.Due);
        Assert.Equal(first, (await RetentionKit.DumpAsync(app)).Rows.Select(r => r.ToString()).ToList());
    }

    [Fact]
    public async Task The_daily_job_erases_a_casus_once_the_clock_passes_its_retention_period()
    {
        var clock = new FakeTimeProvider(RetentionKit.Today);
        await using var app = await RetentionKit.StartAsync(clock, job: true);
        var casus = await RetentionKit.SeedClosedAsync(app, 1, RetentionKit.Today.AddMonths(-24).AddDays(1), Old);

        Assert.False((await RetentionKit.CasusAsync(app, casus.Id)).IsErased);   // the run at start found it a day short

        clock.Advance(TimeSpan.FromDays(2));   // the next tick: now a day past 24 months after closing
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(await RetentionKit.CasusAsync(app, casus.Id)).IsErased && DateTime.UtcNow < deadline) await Task.Delay(50);

        Assert.True((await RetentionKit.CasusAsync(app, casus.Id)).IsErased);
    }
}
