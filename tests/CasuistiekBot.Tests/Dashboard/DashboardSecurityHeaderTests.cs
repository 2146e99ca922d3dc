using System.Net;
using System.Text.RegularExpressions;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Dashboard;

/// <summary>
/// The HTTP headers every dashboard answer carries: a CSP that runs no inline script except the page's own nonce'd one,
/// framing by Teams only, no MIME sniffing, no referrer leaving the tab.
/// </summary>
public sealed partial class DashboardSecurityHeaderTests : IAsyncLifetime
{
    private DashboardApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await DashboardApp.StartAsync(DashboardSeed.Clock());
        await DashboardSeed.SeedAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string, HttpStatusCode> Pages => new()
    {
        { "sign-in page", "/dashboard", HttpStatusCode.OK },
        { "overview with data", "/dashboard", HttpStatusCode.OK },
        { "unknown signal", "/dashboard/signals/SG-1999-0001", HttpStatusCode.NotFound },
        { "refused token", "/dashboard", HttpStatusCode.Unauthorized },
        { "tab configuration", "/dashboard/configure", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_dashboard_page_runs_no_inline_script_and_may_only_be_framed_by_Teams(string page, string path, HttpStatusCode status)
    {
        var token = page switch
        {
            "overview with data" or "unknown signal" => _app.Token(DashboardApp.Coordinator),
            "refused token" => _app.Token(DashboardApp.Coordinator, s => s.WithoutClaim("scp")),
            _ => null,
        };

        var response = await _app.GetAsync(path, token);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        var policy = Directives(Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(["'none'"], policy["default-src"]);
        Assert.Equal(["'none'"], policy["base-uri"]);
        var scripts = policy["script-src"];
        Assert.DoesNotContain(scripts, source => source is "'unsafe-inline'" or "'unsafe-eval'" or "*" or "data:" or "http:" or "https:");
        Assert.Contains("https://teams.microsoft.com", policy["frame-ancestors"]);
        Assert.DoesNotContain(policy["frame-ancestors"], source => source is "*" or "https:" or "http:");
        AssertEveryScriptIsAllowed(html, scripts);
        Assert.DoesNotMatch(InlineHandler(), html);
        AssertNoSniffingNorReferrer(response);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_bundled_Teams_script_is_not_sniffed_and_sends_no_referrer()
    {
        var response = await _app.GetAsync("/dashboard/teams.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/javascript", response.Content.Headers.ContentType!.ToString());
        AssertNoSniffingNorReferrer(response);
    }

    private static void AssertNoSniffingNorReferrer(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains(Assert.Single(response.Headers.GetValues("Referrer-Policy")), new[] { "no-referrer", "same-origin", "strict-origin" });
    }

    // A script element runs only if it is loaded from this site or carries the nonce the policy names.
    private static void AssertEveryScriptIsAllowed(string html, IReadOnlyList<string> scriptSources)
    {
        foreach (Match tag in ScriptTag().Matches(html))
        {
            var attributes = tag.Groups["attributes"].Value;
            if (SourceAttribute().Match(attributes) is { Success: true } source)
            {
                Assert.StartsWith("/dashboard/", source.Groups[1].Value);
                Assert.Contains("'self'", scriptSources);
                continue;
            }
            var nonce = NonceAttribute().Match(attributes);
            Assert.True(nonce.Success, $"inline script without a nonce: {tag.Value[..Math.Min(80, tag.Value.Length)]}");
            Assert.Contains($"'nonce-{nonce.Groups[1].Value}'", scriptSources);
        }
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..]);

    [GeneratedRegex(@"<script(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\ssrc=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAttribute();

    [GeneratedRegex(@"\snonce=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex NonceAttribute();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
