using System.Net;
using CasuistiekBot.Expertise;
using CasuistiekBot.Signals;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Dashboard;

/// <summary>A DG signed in through Teams whose dgOf names two MTs sees the signals of both, grouped per MT, and no others.</summary>
public sealed class DashboardDgTests : IAsyncLifetime
{
    private const string Director = "00000000-0000-4000-8000-0000000000d8";
    private const string Asiel = "MT Asiel";
    private const string Keten = "MT Vreemdelingenketen";
    private DashboardApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await DashboardApp.StartAsync(DashboardSeed.Clock());
        await DashboardSeed.SeedAsync(_app);
        await using var db = await _app.DatabaseAsync();
        db.Add(new Person { AadObjectId = Director, Name = "Gerda Generaal", Email = "gerda.generaal@example.nl", Roles = "dg", DgOf = $"{Asiel}|{Keten}", UpdatedAt = DashboardSeed.Today });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_DG_over_two_MTs_sees_the_open_signals_of_both_grouped_per_MT_and_none_of_anyone_else()
    {
        var response = await _app.GetAsync("/dashboard", _app.Token(Director));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-scope=\"{Asiel}|{Keten}\"", html);
        Assert.Contains("<section id=\"per-mt\"", html);
        await using var db = await _app.DatabaseAsync();
        var signals = await db.Set<Signal>().AsNoTracking().ToListAsync();
        foreach (var mt in new[] { Asiel, Keten })
        {
            var open = signals.Where(s => s.OwnerMt == mt && s.Status != SignalStatus.Closed).ToList();
            Assert.NotEmpty(open);
            Assert.Contains($"data-mt-open=\"{mt}\" data-count=\"{open.Count}\"", html);
            Assert.All(open, s => Assert.Contains($"<tr data-mt-signal=\"{mt}\"><td><a data-nav href=\"/dashboard/signals/{s.Reference}", html));
        }
        var outside = signals.Where(s => s.OwnerMt is not (Asiel or Keten) && s.TransferToMt is not (Asiel or Keten)).ToList();
        Assert.NotEmpty(outside);
        Assert.All(outside, s => Assert.DoesNotContain(s.Title, html));
        Assert.All(outside, s => Assert.DoesNotContain(s.Reference + "<", html));
        Assert.All(outside, s => Assert.DoesNotContain($"/dashboard/signals/{s.Reference}?", html));
    }

    [Fact]
    public async Task An_MT_member_keeps_the_view_of_their_own_MT_without_the_per_MT_section()
    {
        var html = await (await _app.GetAsync("/dashboard", _app.Token(DashboardSeed.Marieke))).Content.ReadAsStringAsync();

        Assert.Contains($"data-scope=\"{Asiel}\"", html);
        Assert.DoesNotContain("id=\"per-mt\"", html);
    }
}
