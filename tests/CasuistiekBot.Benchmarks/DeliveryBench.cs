using System.Diagnostics;
using System.Globalization;
using CasuistiekBot.Conversations;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CasuistiekBot.Benchmarks;

/// <summary>
/// Reminders to distinct people through the outbox of the real app process, against a connector that enforces Teams'
/// limits and throttles 5% of the sends: the achieved rate as a share of the allowed one, and nothing lost or doubled.
/// </summary>
internal static class DeliveryBench
{
    private const double ThrottledShare = 0.05;

    public static async Task RunAsync(BenchSettings settings, Report report)
    {
        var data = Directory.CreateTempSubdirectory("casuistiek-delivery-bench-").FullName;
        await using var connector = new TeamsLimitedConnector(settings.DeliveryRate, ThrottledShare, seed: 7);
        await connector.StartAsync(settings.PortBase);
        var appSettings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:CasuistiekDb"] = $"Data Source={Path.Combine(data, "bot.db")}",
            ["Bot:Id"] = "28:casuistiek-bot",
            ["Delivery:GlobalPerSecond"] = settings.DeliveryRate.ToString(CultureInfo.InvariantCulture),
        };
        await FillOutboxAsync(appSettings, data, connector.ServiceUrl, settings.Reminders);

        var environment = appSettings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        environment["MicrosoftAppId"] = "";
        environment["Logging__LogLevel__Default"] = "Error";
        var url = $"http://127.0.0.1:{settings.PortBase + 1}/";
        var clock = Stopwatch.StartNew();
        await using (var bot = await BotProcess.StartAsync("dotnet", [settings.OursAssembly, "--urls", url.TrimEnd('/')], environment, url, "readyz", data))
        {
            var patience = TimeSpan.FromSeconds(settings.Reminders / (double)settings.DeliveryRate * 3 + 60);
            while (connector.Accepted.Count < settings.Reminders && clock.Elapsed < patience) await Task.Delay(200);
            // Anything sent twice would arrive now.
            await Task.Delay(TimeSpan.FromSeconds(5));
            report.Output("delivery", bot.Tail(6));
        }
        Report(settings, report, connector);
        Directory.Delete(data, recursive: true);
    }

    private static void Report(BenchSettings settings, Report report, TeamsLimitedConnector connector)
    {
        var distinct = connector.Accepted.Count;
        var duplicates = connector.Accepted.Values.Sum() - distinct;
        var lost = settings.Reminders - distinct;
        var seconds = (connector.LastAccepted - connector.FirstAccepted)?.TotalSeconds ?? 0;
        var achieved = seconds > 0 ? (distinct - 1) / seconds : 0;
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"delivery: {settings.Reminders} reminders to {settings.Reminders} people, connector limit R = {settings.DeliveryRate}/s, {ThrottledShare:P0} of sends throttled (429, Retry-After 1)"));
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"delivery: accepted {distinct} in {seconds:F1} s = {achieved:F1}/s = {achieved / settings.DeliveryRate:F2} x R; lost {lost}, duplicates {duplicates}; throttled {connector.Throttled}, over the limit {connector.OverLimit}"));
        if (lost > 0 || duplicates > 0) report.Fail($"delivery lost {lost} and doubled {duplicates}");
    }

    private static async Task FillOutboxAsync(Dictionary<string, string?> appSettings, string data, string serviceUrl, int reminders)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(appSettings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddStorage(configuration, new BenchHostEnvironment(data));
        services.AddConversationReferences();
        services.AddBotConnector(configuration);
        services.AddDelivery(configuration);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        var references = provider.GetRequiredService<IConversationReferenceStore>();
        var outbox = provider.GetRequiredService<IOutbox>();
        var databases = provider.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>();
        foreach (var chunk in Enumerable.Range(1, reminders).Chunk(500))
        {
            await using var db = await databases.CreateDbContextAsync();
            foreach (var i in chunk)
            {
                var conversation = $"a:owner-{i:00000}";
                await references.SaveAsync(new ConversationReference
                {
                    ChannelId = "msteams",
                    ServiceUrl = serviceUrl,
                    Conversation = new ConversationAccount { Id = conversation, ConversationType = ConversationTypes.Personal, TenantId = "tenant-1" },
                    Bot = new ChannelAccount { Id = "28:casuistiek-bot" },
                }, "tenant-1", null, CancellationToken.None);
                await outbox.EnqueueAsync(db, OutboxMessage.ToConversation($"reminder-{i:00000}", "msteams", conversation, MessageFactory.Text($"reminder-{i:00000}")), CancellationToken.None);
            }
            await db.SaveChangesAsync();
        }
    }

    private sealed class BenchHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "CasuistiekBot";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
