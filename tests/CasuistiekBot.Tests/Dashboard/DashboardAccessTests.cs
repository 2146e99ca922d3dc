using System.Net;
using CasuistiekBot.Testing;
using CasuistiekBot.Signals;
using CasuistiekBot.Testing.Auth;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Dashboard;

/// <summary>
/// Who sees dashboard data: only coordinators and MT members (or a DG) signed in through Teams SSO, checked with tokens
/// from a local Entra stand-in. Everyone else gets a page without a single figure or signal title.
/// </summary>
public sealed class DashboardAccessTests : IAsyncLifetime
{
    private DashboardApp _app = null!;
    private IReadOnlyDictionary<string, string> _references = null!;

    public async Task InitializeAsync()
    {
        _app = await DashboardApp.StartAsync(DashboardSeed.Clock());
        _references = await DashboardSeed.SeedAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(DashboardApp.Coordinator)]
    [InlineData(DashboardSeed.Marieke)]
    [InlineData(DashboardSeed.Director)]
    public async Task Coordinators_MT_members_and_directors_general_signed_in_through_Teams_see_the_figures(string objectId)
    {
        var response = await _app.GetAsync("/dashboard", _app.Token(objectId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("open-total", ExpectedFigures.OnPage(await response.Content.ReadAsStringAsync()).Keys);
    }

    [Theory]
    [InlineData(DashboardSeed.Marieke, "MT Asiel")]
    [InlineData(DashboardSeed.Director, "MT Asiel")]
    [InlineData(DashboardSeed.Jeroen, "MT Vreemdelingenketen")]
    public async Task MT_members_and_their_DG_see_the_signals_of_their_own_MT_and_only_counts_of_the_others(string objectId, string mt)
    {
        var references = _references;

        var html = await (await _app.GetAsync("/dashboard", _app.Token(objectId))).Content.ReadAsStringAsync();

        var expected = await ExpectedFigures.FromDatabaseAsync(_app, mt);
        Assert.Equal(expected.OrderBy(f => f.Key), ExpectedFigures.OnPage(html).OrderBy(f => f.Key));
        Assert.Contains($"data-scope=\"{mt}\"", html);
        await using var db = await _app.DatabaseAsync();
        var signals = await db.Set<Signal>().AsNoTracking().ToListAsync();
        var outside = signals.Where(s => s.OwnerMt != mt && s.TransferToMt != mt).ToList();
        Assert.NotEmpty(outside);
        Assert.All(outside, s => Assert.DoesNotContain(s.Reference, html));
        Assert.All(outside, s => Assert.DoesNotContain(s.Title, html));
        // Where the other MTs stand is shown as counts only (compared with the database above).
        Assert.Contains(ExpectedFigures.OnPage(html).Keys, k => k.StartsWith("mt:") && k != "mt:" + mt);
        Assert.Contains(signals.Where(s => s.OwnerMt == mt && s.Status != SignalStatus.Closed), s => html.Contains(s.Reference));
    }

    [Fact]
    public async Task A_signal_of_another_MT_is_not_found_for_an_MT_member_and_a_coordinator_sees_every_signal()
    {
        var references = _references;

        var other = await _app.GetAsync($"/dashboard/signals/{references["C"]}", _app.Token(DashboardSeed.Marieke));
        var own = await _app.GetAsync($"/dashboard/signals/{references["A"]}", _app.Token(DashboardSeed.Marieke));
        var handedOver = await _app.GetAsync($"/dashboard/signals/{references["F"]}", _app.Token(DashboardSeed.Jeroen));
        var coordinator = await _app.GetAsync($"/dashboard/signals/{references["C"]}", _app.Token(DashboardApp.Coordinator));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Termijn vertrek", await other.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Bewijslast bij verloren documenten", await own.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, handedOver.StatusCode);
        Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
        Assert.Contains("Termijn vertrek bij zwangerschap", await coordinator.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_MT_member_whose_directory_entry_names_no_MT_is_refused_and_sees_no_data()
    {
        var response = await _app.GetAsync("/dashboard", _app.Token(DashboardSeed.Unplaced));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertNoDataAsync(response);
    }

    [Fact]
    public async Task A_version_2_token_with_the_app_id_as_audience_is_accepted_too()
    {
        var token = _app.Token(DashboardApp.Coordinator, spec => spec with
        {
            Issuer = $"https://login.microsoftonline.com/{TestTokenIssuer.DefaultTenantId}/v2.0",
            Audience = TestTokenIssuer.DefaultAppId,
        });

        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/dashboard", token)).StatusCode);
    }

    [Fact]
    public async Task An_employee_without_a_coordinator_or_MT_role_is_refused_and_sees_no_data()
    {
        var response = await _app.GetAsync("/dashboard", _app.Token(DashboardSeed.Expert));
        var signal = await _app.GetAsync("/dashboard/signals/SG-2026-0001", _app.Token(DashboardSeed.Expert));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, signal.StatusCode);
        await AssertNoDataAsync(response);
        await AssertNoDataAsync(signal);
    }

    public static TheoryData<string> RefusedTokens => new()
    {
        "wrong audience", "other tenant", "unpublished key", "expired", "no scope", "unsigned", "no user", "not a token",
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_token_that_does_not_hold_is_refused_with_401_and_no_data(string problem)
    {
        const string otherTenant = "11111111-2222-4333-8444-555555555555";
        var token = problem switch
        {
            "wrong audience" => _app.Token(DashboardApp.Coordinator, s => s with { Audience = "api://elders.example.nl/" + TestTokenIssuer.DefaultAppId }),
            "other tenant" => _app.Token(DashboardApp.Coordinator, s => s.WithClaim("tid", otherTenant) with { Issuer = $"https://sts.windows.net/{otherTenant}/" }),
            "unpublished key" => _app.Token(DashboardApp.Coordinator, s => s with { SigningKey = TestSigningKey.Create() }),
            "expired" => _app.Token(DashboardApp.Coordinator, s => s with { IssuedAt = DashboardSeed.Today.AddHours(-3), Lifetime = TimeSpan.FromHours(1) }),
            "no scope" => _app.Token(DashboardApp.Coordinator, s => s.WithoutClaim("scp")),
            "unsigned" => _app.Token(DashboardApp.Coordinator, s => s with { Algorithm = "none" }),
            "no user" => _app.Token(DashboardApp.Coordinator, s => s.WithoutClaim("oid")),
            _ => "eyJhbGciOi.kapot.token",
        };

        var response = await _app.GetAsync("/dashboard", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        await AssertNoDataAsync(response);
    }

    [Fact]
    public async Task A_token_signed_with_a_key_Entra_published_after_the_first_sign_in_is_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/dashboard", _app.Token(DashboardApp.Coordinator))).StatusCode);
        var rolled = _app.Issuer.Emulator.RotateKey();

        var response = await _app.GetAsync("/dashboard", _app.Token(DashboardApp.Coordinator, s => s with { SigningKey = rolled }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Tokens_naming_keys_Entra_never_published_do_not_make_the_bot_fetch_the_keys_again_and_again()
    {
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/dashboard", _app.Token(DashboardApp.Coordinator))).StatusCode);
        var fetchesBefore = _app.Issuer.Emulator.KeyFetchCount;

        for (var i = 0; i < 20; i++)
        {
            var forged = await _app.GetAsync("/dashboard", _app.Token(DashboardApp.Coordinator, s => s with { SigningKey = TestSigningKey.Create() }));
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        // The first unknown key may refetch once; after that refetches wait out the refresh interval.
        Assert.InRange(_app.Issuer.Emulator.KeyFetchCount - fetchesBefore, 0, 1);
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/dashboard", _app.Token(DashboardApp.Coordinator))).StatusCode);
    }

    [Fact]
    public async Task While_Entra_cannot_be_reached_a_token_is_refused_and_the_bot_keeps_answering()
    {
        _app.Issuer.Emulator.IsUnavailable = true;

        var response = await _app.GetAsync("/dashboard", _app.Token(DashboardApp.Coordinator));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNoDataAsync(response);
    }

    [Fact]
    public async Task Without_a_token_the_page_only_asks_Teams_for_a_sign_in_and_may_only_be_framed_by_Teams()
    {
        var response = await _app.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("getAuthToken", html);
        Assert.Contains("<script src=\"/dashboard/teams.js\">", html);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", policy);
        Assert.Contains("script-src 'self' 'nonce-", policy);
        await AssertNoDataAsync(response);
    }

    [Fact]
    public async Task The_channel_tab_configuration_page_saves_the_Signalen_tab_and_shows_no_data()
    {
        var response = await _app.GetAsync("/dashboard/configure?lang=nl-nl");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("teams.pages.config.setConfig", html);
        Assert.Contains("entityId: 'signalen'", html);
        Assert.Contains("suggestedDisplayName: \"Signalen\"", html);
        await AssertNoDataAsync(response);
    }

    [Fact]
    public async Task The_Teams_JavaScript_SDK_is_served_from_the_bot_itself()
    {
        var response = await _app.GetAsync("/dashboard/teams.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("getAuthToken", await response.Content.ReadAsStringAsync());
    }

    private static async Task AssertNoDataAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Empty(ExpectedFigures.OnPage(html));
        Assert.DoesNotContain("SG-20", html);
        Assert.DoesNotContain("Marieke", html);
        Assert.DoesNotContain("Bewijslast", html);
    }
}
