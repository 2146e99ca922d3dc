using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Hosting;

public sealed class MessagingEndpointTests
{
    [Fact]
    public async Task A_greeting_gets_200_with_an_empty_body_and_a_welcome_text_then_a_separate_card()
    {
        await using var app = await BotApp.StartAsync();

        var response = await app.PostAsync(app.Message("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var sent = await app.WaitForMessagesAsync(2);
        Assert.StartsWith("Welkom bij CasuistiekBot", sent[0].Text);
        Assert.Null(sent[0].Attachments);
        Assert.Null(sent[1].Text);
        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(sent[1].Attachments!).ContentType);
        Assert.All(app.Connector.Requests, r => Assert.StartsWith("Bearer ", r.Authorization));
    }

    [Fact]
    public async Task An_english_client_is_welcomed_in_english()
    {
        await using var app = await BotApp.StartAsync();

        await app.PostAsync(app.Message("hi", locale: "en-US"));

        var sent = await app.WaitForMessagesAsync(2);
        Assert.StartsWith("Welcome to CasuistiekBot", sent[0].Text);
        Assert.Contains("Raise a case", sent[1].Attachments![0].Content!.Value.GetRawText());
    }

    [Fact]
    public async Task A_card_action_is_answered_in_the_same_http_reply()
    {
        await using var app = await BotApp.StartAsync();

        var response = await app.PostAsync(app.Execute("help.show"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal(ContentTypes.AdaptiveCard, body["type"]!.GetValue<string>());
        Assert.Contains("Zo werkt CasuistiekBot", body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task An_unknown_invoke_name_gets_501()
    {
        await using var app = await BotApp.StartAsync();
        var activity = app.Message("x") with { Type = ActivityTypes.Invoke, Name = "composeExtension/query", Text = null };

        var response = await app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task An_unsupported_content_type_gets_415(string contentType)
    {
        await using var app = await BotApp.StartAsync();

        var response = await app.PostRawAsync("{\"type\":\"message\"}", token: null, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UnsupportedMediaType", (await ErrorCodeAsync(response)));
    }

    [Fact]
    public async Task A_body_over_512_KB_gets_413_and_runs_no_turn()
    {
        await using var app = await BotApp.StartAsync();
        var activity = app.Message(new string('a', 600 * 1024));

        var response = await app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(app.Connector.Activities);
    }

    public static TheoryData<string, byte[]> MalformedBodies => new()
    {
        { "not json", Encoding.UTF8.GetBytes("hallo bot") },
        { "truncated", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"hal") },
        { "array", Encoding.UTF8.GetBytes("[1,2,3]") },
        { "null", Encoding.UTF8.GetBytes("null") },
        { "no type", Encoding.UTF8.GetBytes("{\"text\":\"hallo\"}") },
        { "wrong field type", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"from\":\"user\"}") },
        { "no conversation", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"serviceUrl\":\"https://x.example/\",\"text\":\"hi\"}") },
        { "file service url", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"serviceUrl\":\"file:///etc/passwd\",\"conversation\":{\"id\":\"a\"}}") },
        { "invalid utf-8", [(byte)'{', (byte)'"', (byte)'t', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}'] },
        { "deep json", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"value\":" + new string('[', 5000) + new string(']', 5000) + "}") },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task A_malformed_body_gets_400_with_a_clear_json_error(string @case, byte[] body)
    {
        await using var app = await BotApp.StartAsync();

        var response = await app.PostBytesAsync(body, token: null);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{@case}: got {(int)response.StatusCode}");
        Assert.Equal("BadRequest", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Health_and_readiness_answer_200()
    {
        await using var app = await BotApp.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/readyz")).StatusCode);
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?["error"]?["code"]?.GetValue<string>();
}
