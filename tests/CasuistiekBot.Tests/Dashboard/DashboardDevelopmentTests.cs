using System.Net;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Dashboard;

/// <summary>Without Teams, data is shown only in the Development environment to a caller on this machine of a loopback-only server.</summary>
public sealed class DashboardDevelopmentTests
{
    [Fact]
    public async Task In_development_on_loopback_the_dashboard_opens_without_signing_in()
    {
        await using var app = await DashboardApp.StartAsync(DashboardSeed.Clock(), environment: "Development", kestrel: true);
        await DashboardSeed.SeedAsync(app);

        var response = await app.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("6", ExpectedFigures.OnPage(await response.Content.ReadAsStringAsync())["open-total"]);
    }

    [Fact]
    public async Task In_development_a_request_for_another_host_name_gets_400_and_no_data()
    {
        // DNS rebinding: a page on attacker.example that resolves its name to 127.0.0.1 reaches the dashboard with its own Host.
        await using var app = await DashboardApp.StartAsync(DashboardSeed.Clock(), environment: "Development", kestrel: true);
        await DashboardSeed.SeedAsync(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Host = "attacker.example:" + new Uri(app.BaseAddress).Port;

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(ExpectedFigures.OnPage(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task In_development_a_token_that_is_sent_is_still_checked()
    {
        await using var app = await DashboardApp.StartAsync(new FakeTimeProvider(DashboardSeed.Today), environment: "Development", kestrel: true);

        var response = await app.GetAsync("/dashboard", app.Token(DashboardApp.Coordinator, s => s.WithoutClaim("scp")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task In_production_on_loopback_there_is_no_way_in_without_a_token()
    {
        await using var app = await DashboardApp.StartAsync(DashboardSeed.Clock(), environment: "Production", kestrel: true);
        await DashboardSeed.SeedAsync(app);

        var html = await (await app.GetAsync("/dashboard")).Content.ReadAsStringAsync();

        Assert.Empty(ExpectedFigures.OnPage(html));
        Assert.Contains("getAuthToken", html);
    }

    [Fact]
    public async Task In_development_a_caller_the_server_cannot_place_on_this_machine_must_sign_in()
    {
        // The in-memory test server reports no remote address, like a request whose origin is unknown.
        await using var app = await DashboardApp.StartAsync(DashboardSeed.Clock(), environment: "Development");
        await DashboardSeed.SeedAsync(app);

        var html = await (await app.GetAsync("/dashboard")).Content.ReadAsStringAsync();

        Assert.Empty(ExpectedFigures.OnPage(html));
    }
}
