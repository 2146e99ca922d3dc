using System.Net;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Auth;
using CasuistiekBot.Tests.Support;
using Microsoft.IdentityModel.Tokens;

namespace CasuistiekBot.Tests.Hosting;

/// <summary>
/// Every way a request to /api/messages can be (un)authenticated, over HTTP against the real app. A rejected request
/// must get 401 and must not run a turn: the greeting it carries would otherwise reach the fake connector.
/// </summary>
public sealed class AuthenticationMatrixTests
{
    public static TheoryData<string> RejectedCases => new()
    {
        "wrong issuer", "wrong audience", "expired", "not yet valid", "wrong signature", "HS256", "alg none",
        "missing serviceurl", "serviceurl mismatch", "key not endorsed for msteams", "no header with an app id",
        "garbage token", "emulator token for another app", "emulator token while the emulator path is off",
    };

    /// <summary>With <c>Bot:AllowEmulatorTokens=true</c>: what the Entra ID path still refuses.</summary>
    public static TheoryData<string> RejectedEntraCases => new()
    {
        "foreign tenant v1", "foreign tenant v2", "wrong appid", "wrong azp", "missing ver", "audience not the app id",
        "serviceUrl off this machine", "tid differs from the issuer's tenant",
    };

    [Theory]
    [MemberData(nameof(RejectedCases))]
    public async Task A_bad_request_gets_401_and_runs_no_turn(string @case)
    {
        await using var app = await BotApp.StartAsync();
        var issuer = app.Issuer!;
        var activity = app.Message("hallo");
        var now = DateTimeOffset.UtcNow;
        string? token = @case switch
        {
            "wrong issuer" => issuer.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s with { Issuer = "https://api.botframework.example" }),
            "wrong audience" => issuer.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s with { Audience = "11111111-2222-3333-4444-555555555555" }),
            "expired" => issuer.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s with { IssuedAt = now.AddHours(-2), Expires = now.AddMinutes(-6) }),
            "not yet valid" => issuer.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) }),
            "wrong signature" => issuer.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s with { SigningKey = TestSigningKey.Create(issuer.Channel.CurrentKey.KeyId, ["msteams"]) }),
            "HS256" => issuer.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s with { Algorithm = SecurityAlgorithms.HmacSha256 }),
            "alg none" => issuer.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s with { Algorithm = "none" }),
            "missing serviceurl" => issuer.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s.WithoutClaim("serviceurl")),
            "serviceurl mismatch" => issuer.CreateChannelToken(serviceUrl: "https://attacker.example/teams/"),
            "key not endorsed for msteams" => UnendorsedToken(issuer, activity),
            "no header with an app id" => null,
            "garbage token" => "not.a.jwt",
            "emulator token for another app" => issuer.CreateEmulatorToken(appId: "11111111-2222-3333-4444-555555555555"),
            "emulator token while the emulator path is off" => issuer.CreateEmulatorToken(),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        await AssertRefusedAsync(app, activity, token);
    }

    [Theory]
    [MemberData(nameof(RejectedEntraCases))]
    public async Task With_the_emulator_path_open_a_bad_entra_token_gets_401_and_runs_no_turn(string @case)
    {
        const string Foreign = "33333333-3333-4333-8333-333333333333";
        const string OtherApp = "11111111-2222-3333-4444-555555555555";
        await using var app = await BotApp.StartAsync(extra: EmulatorPathOpen);
        var issuer = app.Issuer!;
        var activity = app.Message("hallo") with { ChannelId = "emulator" };
        var token = @case switch
        {
            "foreign tenant v1" => issuer.CreateToken(issuer.EmulatorTokenSpec(version: "1.0", tenantId: Foreign)),
            "foreign tenant v2" => issuer.CreateToken(issuer.EmulatorTokenSpec(version: "2.0", tenantId: Foreign)),
            "wrong appid" => issuer.CreateEmulatorToken(version: "1.0", customize: s => s.WithClaim("appid", OtherApp)),
            "wrong azp" => issuer.CreateEmulatorToken(version: "2.0", customize: s => s.WithClaim("azp", OtherApp)),
            "missing ver" => issuer.CreateEmulatorToken(customize: s => s.WithoutClaim("ver")),
            "audience not the app id" => issuer.CreateEmulatorToken(customize: s => s with { Audience = OtherApp }),
            "serviceUrl off this machine" => issuer.CreateEmulatorToken(),
            "tid differs from the issuer's tenant" => issuer.CreateEmulatorToken(customize: s => s.WithClaim("tid", Foreign)),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
        if (@case == "serviceUrl off this machine") activity = activity with { ServiceUrl = "https://attacker.example/relay/" };

        await AssertRefusedAsync(app, activity, token);
    }

    [Fact]
    public async Task A_valid_channel_token_runs_the_turn()
    {
        await using var app = await BotApp.StartAsync();

        var response = await app.PostAsync(app.Message("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await app.WaitForMessagesAsync(2));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task With_the_emulator_path_open_a_token_for_the_bots_own_app_and_tenant_runs_the_turn(string version)
    {
        await using var app = await BotApp.StartAsync(extra: EmulatorPathOpen);
        var activity = app.Message("hallo") with { ChannelId = "emulator" };

        var response = await app.PostAsync(activity, app.Issuer!.CreateEmulatorToken(version: version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await app.WaitForMessagesAsync(1));
    }

    [Fact]
    public async Task The_open_authentication_paths_are_logged_at_start()
    {
        await using var closed = await BotApp.StartAsync(extra: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" });
        await using var open = await BotApp.StartAsync(extra: EmulatorPathOpen);

        Assert.Contains(closed.Logs.Lines, l => l.Contains("Inbound path open: Bot Connector tokens"));
        Assert.Contains(closed.Logs.Lines, l => l.Contains("Inbound path closed: Entra ID (Emulator) tokens"));
        Assert.Contains(open.Logs.Lines, l => l.Contains("Inbound path open: Entra ID (Emulator) tokens"));
    }

    [Fact]
    public async Task A_token_signed_with_a_new_key_is_accepted_after_the_keys_are_refreshed()
    {
        await using var app = await BotApp.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(app.Message("hallo"))).StatusCode);
        var fetchesBefore = app.Issuer!.Channel.KeyFetchCount;

        app.Issuer.Channel.RotateKey();
        var response = await app.PostAsync(app.Message("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(app.Issuer.Channel.KeyFetchCount > fetchesBefore);
    }

    [Fact]
    public async Task Without_an_app_id_a_request_without_a_header_is_accepted_as_anonymous()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var response = await app.PostAsync(app.Message("hallo"), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await app.WaitForMessagesAsync(2)).Count);
        Assert.All(app.Connector.Requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task Without_an_app_id_a_header_that_is_present_is_still_validated()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var response = await app.PostAsync(app.Message("hallo"), token: "forged.token.value");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(app.Connector.Activities);
    }

    private static readonly Dictionary<string, string?> EmulatorPathOpen = new() { ["Bot:AllowEmulatorTokens"] = "true" };

    private static async Task AssertRefusedAsync(BotApp app, Activity activity, string? token)
    {
        var response = await app.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await Task.Delay(300);
        Assert.Empty(app.Connector.Activities);
    }

    private static string UnendorsedToken(TestTokenIssuer issuer, Activity activity)
    {
        var key = TestSigningKey.Create(endorsements: ["webchat"]);
        issuer.Channel.Publish(key);
        return issuer.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s with { SigningKey = key });
    }
}
