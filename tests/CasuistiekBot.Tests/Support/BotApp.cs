using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Auth;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Tests.Support;

/// <summary>
/// The real app in a test host, trusting a local token issuer and talking to a local fake connector, with its own
/// SQLite database. Inbound activities are signed like Azure Bot Service signs them, so the real authentication runs.
/// </summary>
public sealed class BotApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _dataDirectory;

    private BotApp(
        FakeConnectorServer connector, TestTokenIssuer? issuer, IReadOnlyDictionary<string, string?> settings, string dataDirectory, TimeProvider? clock,
        string environment, Action<IServiceCollection>? services)
    {
        Connector = connector;
        Issuer = issuer;
        _dataDirectory = dataDirectory;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Not Development by default: a bot with an app id refuses to start there. The checks Development adds are asked for here.
            builder.UseEnvironment(environment);
            builder.UseDefaultServiceProvider(provider => provider.ValidateScopes = provider.ValidateOnBuild = true);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            if (clock is not null) builder.ConfigureTestServices(s => s.AddSingleton(clock is FakeTimeProvider fake ? new AppClock(fake) : clock));
            // The worker's rounds run under a gate the test can hold (BackgroundWork.DeliverAllAsync); its own loop stands down.
            builder.ConfigureTestServices(s => s.AddSingleton<DeliveryGate>().AddHostedService<GatedDeliveryLoop>()
                .PostConfigure<CasuistiekBot.Delivery.DeliveryOptions>(o => o.WorkerEnabled = false));
            if (services is not null) builder.ConfigureTestServices(services);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });
        Client = _factory.CreateClient();
    }

    /// <summary>Every log line the app wrote, formatted, for checks that no personal data reaches the logs.</summary>
    public CapturedLogs Logs { get; } = new();

    public string DataDirectory => _dataDirectory;

    public FakeConnectorServer Connector { get; }
    public TestTokenIssuer? Issuer { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts the app; with <paramref name="authenticated"/> it has an app id and validates every request.
    /// <paramref name="services"/> adds test-only services (a handler that fails, say) after the app's own.
    /// </summary>
    public static async Task<BotApp> StartAsync(
        bool authenticated = true, IReadOnlyDictionary<string, string?>? extra = null, TimeProvider? clock = null, string environment = "Test",
        Action<IServiceCollection>? services = null)
    {
        var connector = await FakeConnectorServer.StartAsync();
        var issuer = authenticated ? await TestTokenIssuer.StartAsync() : null;
        var dataDirectory = Directory.CreateTempSubdirectory("casuistiek-test-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:CasuistiekDb"] = $"Data Source={Path.Combine(dataDirectory, "bot.db")}",
            ["ToChannelFromBotLoginUrl"] = connector.LoginUrl,
            ["Logging:LogLevel:Default"] = "Warning",
            // Keys live apart from the database in production; here beside it, in this test's own folder.
            ["Privacy:KeysDirectory"] = Path.Combine(dataDirectory, "keys"),
        };
        foreach (var (key, value) in issuer?.AppConfiguration() ?? new Dictionary<string, string?>()) settings[key] = value;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        try
        {
            return new BotApp(connector, issuer, settings, dataDirectory, clock, environment, services);
        }
        catch
        {
            // An app that refuses to start leaves no BotApp to dispose: release what was started for it.
            await connector.DisposeAsync();
            if (issuer is not null) await issuer.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The bot's messages (text or cards) on the fake connector once everything due is delivered; fails when fewer than
    /// <paramref name="count"/> arrived. Typing indicators are left out: whether one goes out depends on how long a turn
    /// takes, which depends on the machine.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> WaitForMessagesAsync(int count)
    {
        await this.DeliverAllAsync();
        var messages = Messages;
        return messages.Count >= count
            ? messages
            : throw new InvalidOperationException($"Expected {count} messages, got: {string.Join(" | ", messages.Select(m => m.Text ?? "(card)"))}");
    }

    public IReadOnlyList<Activity> Messages => Connector.Activities.Where(a => a.Type == ActivityTypes.Message).ToList();

    /// <summary>
    /// Posts an activity and returns the bot's last reply to it, found by its replyToId: proactive deliveries from the
    /// outbox may land in the same conversation around the turn, so "the last message" is not always the reply.
    /// </summary>
    public async Task<Activity> ReplyAsync(Activity activity)
    {
        var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return Messages.Last(m => m.ReplyToId == activity.Id);
    }

    /// <summary>Sends a message as the user and returns the bot's messages of that turn (texts and cards).</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(string text, string locale = "nl-NL", string conversationId = "a:personal-1")
    {
        var before = Messages.Count;
        var response = await PostAsync(Message(text, conversationId, locale));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"'{text}' got {(int)response.StatusCode}");
        return Messages.Skip(before).ToList();
    }

    /// <summary>Clicks an Action.Execute button; returns the invoke body and the messages sent during that turn.</summary>
    public async Task<(System.Text.Json.Nodes.JsonNode? Body, IReadOnlyList<Activity> Messages)> ClickAsync(string verb, object? data = null, string locale = "nl-NL")
    {
        var before = Messages.Count;
        var response = await PostAsync(Execute(verb, data, locale));
        var text = await response.Content.ReadAsStringAsync();
        return (text.Length == 0 ? null : System.Text.Json.Nodes.JsonNode.Parse(text), Messages.Skip(before).ToList());
    }

    /// <summary>A Teams message addressed so that replies reach the fake connector.</summary>
    public Activity Message(string text, string conversationId = "a:personal-1", string locale = "nl-NL") =>
        TestActivities.Message(text, conversationId, locale: locale) with { ServiceUrl = Connector.ServiceUrl };

    public Activity Execute(string verb, object? data = null, string locale = "nl-NL") =>
        TestActivities.Execute(verb, data, locale: locale) with { ServiceUrl = Connector.ServiceUrl };

    /// <summary>A valid channel token for this activity, as Azure Bot Service would send it.</summary>
    public string ChannelToken(Activity activity) =>
        Issuer?.CreateChannelToken(TestTokenIssuer.DefaultAppId, activity.ServiceUrl!) ?? throw new InvalidOperationException("No issuer.");

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? token = "<channel>") =>
        PostRawAsync(JsonSerializer.Serialize(activity, BotJson.Options), token == "<channel>" ? (Issuer is null ? null : ChannelToken(activity)) : token);

    public Task<HttpResponseMessage> PostRawAsync(string body, string? token, string contentType = "application/json") =>
        PostBytesAsync(Encoding.UTF8.GetBytes(body), token, contentType);

    public Task<HttpResponseMessage> PostBytesAsync(byte[] body, string? token, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
        if (Issuer is not null) await Issuer.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
