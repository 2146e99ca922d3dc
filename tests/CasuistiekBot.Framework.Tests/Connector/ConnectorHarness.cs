using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Tests.Connector;

/// <summary>
/// The connector client as the app registers it (<see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/>),
/// pointed at a fresh <see cref="FakeConnectorServer"/>, with short retry delays so tests stay fast.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string TenantId = "7d3c1a5e-0000-4000-8000-000000000001";
    public const string AppId = "00000000-0000-4000-8000-00000000b07a";

    private readonly ServiceProvider _services;

    private ConnectorHarness(FakeConnectorServer server, ServiceProvider services, RecordingLoggerProvider logs)
    {
        Server = server;
        _services = services;
        Logs = logs;
    }

    public FakeConnectorServer Server { get; }
    public RecordingLoggerProvider Logs { get; }
    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();
    public string ServiceUrl => Server.ServiceUrl;

    public static async Task<ConnectorHarness> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var server = await FakeConnectorServer.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToChannelFromBotLoginUrl"] = server.LoginUrl,
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Bot:Connector:MaxRetryDelay"] = "00:00:00.050",
            ["Bot:Connector:MaxRetryAfter"] = "00:00:05",
            ["Bot:Connector:AttemptTimeout"] = "00:00:20",
            ["Bot:Connector:TotalTimeout"] = "00:02:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        if (time is not null) services.AddSingleton(time);
        services.AddBotConnector(configuration);
        return new ConnectorHarness(server, services.BuildServiceProvider(validateScopes: true), logs);
    }

    public Task<SendResult> SendAsync(string text, string conversationId = "a:conversation-1", CancellationToken cancellationToken = default) =>
        Client.SendToConversationAsync(ServiceUrl, conversationId, MessageFactory.Text(text), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
