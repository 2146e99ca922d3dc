using CasuistiekBot.Assistant;
using CasuistiekBot.Privacy;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.OpenAi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Tests.Assistant;

// The assistant as the app registers it (AddAssistant, the OpenAI library, the adapter) pointed at a fake server.
internal sealed class AssistantHarness : IAsyncDisposable
{
    public const string ApiKey = "test-key-123";
    public const string Model = "casus-model";

    private readonly ServiceProvider _services;

    private AssistantHarness(FakeOpenAiServer server, ServiceProvider services, RecordingLoggerProvider logs)
    {
        Server = server;
        _services = services;
        Logs = logs;
    }

    public FakeOpenAiServer Server { get; }

    public RecordingLoggerProvider Logs { get; }

    public TimeProvider Time => _services.GetRequiredService<TimeProvider>();

    public ICasusAssistant Assistant => _services.GetRequiredService<ICasusAssistant>();

    // The scrubber the assistant scrubs its answers with, for preparing a story the same way the intake does.
    public PersonalDataScrubber Scrubber => _services.GetRequiredService<PersonalDataScrubber>();

    public IEnumerable<LogEntry> Warnings => Logs.Entries.Where(e => e.Level >= LogLevel.Warning);

    // "Today" for the assistant; deadlines in the tests are relative to it.
    public static readonly DateOnly Today = new(2026, 11, 2);

    public static Task<AssistantHarness> StartAsync(TimeSpan? timeout = null, TimeProvider? time = null) =>
        StartAsync(time, server => new Dictionary<string, string?>
        {
            ["AI:Endpoint"] = server.Endpoint,
            ["AI:ApiKey"] = ApiKey,
            ["AI:Model"] = Model,
            ["AI:Timeout"] = (timeout ?? TimeSpan.FromSeconds(30)).ToString("c"),
        });

    public static async Task<AssistantHarness> StartAsync(TimeProvider? time, Func<FakeOpenAiServer, Dictionary<string, string?>> settings)
    {
        var server = await FakeOpenAiServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings(server)).Build();
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection()
            .AddSingleton(time ?? new FakeTimeProvider(new DateTimeOffset(Today, new TimeOnly(9, 0), TimeSpan.FromHours(1))))
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            // The scrubber the assistant scrubs its answers with, and the host environment its word list reports to.
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Test", ApplicationName = "CasuistiekBot", ContentRootPath = AppContext.BaseDirectory })
            .AddPrivacy(configuration)
            .AddAssistant(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new AssistantHarness(server, services, logs);
    }

    public AssistantFailure? LastFailure =>
        Warnings.LastOrDefault()?.Properties.TryGetValue("Failure", out var failure) == true ? failure as AssistantFailure? : null;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
