using System.Net;
using CasuistiekBot.Framework.Diagnostics;
using CasuistiekBot.Testing.Auth;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Hosting;

/// <summary>
/// What a sender controls (activity ids, token claims, key ids, card verbs) must not reach the log raw: CR/LF forges log
/// lines, ESC sequences drive the terminal of whoever tails the log, bidi overrides hide what a line says.
/// </summary>
public sealed class LogInjectionTests
{
    private const string Hostile = "\u001b[2J\u001b[31m\r\nWarning forged: admin logged in\u202e";

    private static readonly Dictionary<string, string?> Verbose = new() { ["Logging:LogLevel:Default"] = "Information" };

    [Fact]
    public async Task An_activity_whose_id_holds_control_characters_gets_400_and_runs_no_turn()
    {
        await using var app = await BotApp.StartAsync(extra: Verbose);

        var response = await app.PostAsync(app.Message("hallo") with { Id = "1" + Hostile });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id holds control or format characters", await response.Content.ReadAsStringAsync());
        await Task.Delay(300);
        Assert.Empty(app.Connector.Activities);
        AssertNothingRaw(app);
    }

    [Fact]
    public async Task A_conversation_id_longer_than_any_teams_id_gets_400()
    {
        await using var app = await BotApp.StartAsync();
        var message = app.Message("hallo");

        var response = await app.PostAsync(message with { Conversation = message.Conversation! with { Id = "a:" + new string('x', 5000) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_reason_a_forged_token_was_refused_is_logged_with_its_claims_escaped()
    {
        await using var app = await BotApp.StartAsync(extra: Verbose);
        var activity = app.Message("hallo");
        var token = app.Issuer!.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s with { Issuer = "https://forged.example/" + Hostile });

        var response = await app.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(app.Logs.Lines, l => l.Contains("https://forged.example/\\u001B[2J\\u001B[31m\\u000D\\u000AWarning forged"));
        AssertNothingRaw(app);
    }

    [Fact]
    public async Task An_unknown_key_id_is_logged_escaped()
    {
        await using var app = await BotApp.StartAsync(extra: Verbose);
        // Keys fetched by a first, honest request: only a kid missing from known keys makes the cache look again, and say so.
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(app.Message("hallo"))).StatusCode);
        var activity = app.Message("hallo");
        var token = app.Issuer!.CreateChannelToken(serviceUrl: activity.ServiceUrl!, customize: s => s with { KeyId = "kid" + Hostile });

        var response = await app.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Signing key kid\\u001B[2J"));
        AssertNothingRaw(app);
    }

    [Fact]
    public async Task A_card_action_with_a_hostile_verb_is_answered_400_and_not_logged_raw()
    {
        await using var app = await BotApp.StartAsync(extra: Verbose);

        var (body, messages) = await app.ClickAsync("help.show" + Hostile);

        Assert.Equal(400, body!["statusCode"]!.GetValue<int>());
        Assert.Empty(messages);
        AssertNothingRaw(app);
    }

    private static void AssertNothingRaw(BotApp app)
    {
        // CapturedLogs appends the exception (with its line breaks) to a line; none is expected in these tests.
        Assert.All(app.Logs.Lines, line => Assert.False(LogValue.HasUnsafeCharacters(line.TrimEnd()), $"raw control or format character in: {LogValue.Safe(line, 400)}"));
    }
}
