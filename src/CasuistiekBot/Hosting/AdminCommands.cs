using CasuistiekBot.AppPackage;
using CasuistiekBot.Assistant;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Conversations;
using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Storage;
using CasuistiekBot.Privacy;
using CasuistiekBot.Retention;
using CasuistiekBot.Routing;
using CasuistiekBot.Safety;
using CasuistiekBot.Signals;
using CasuistiekBot.Understanding;

namespace CasuistiekBot.Hosting;

/// <summary>
/// Commands for administrators and evaluation, run on the same executable without starting the web host:
/// <c>scrub</c>, <c>route</c>, <c>understand</c> and <c>danger</c> (JSON Lines on standard input), <c>routes validate &lt;file&gt;</c>,
/// <c>erase --casus</c> and <c>retention run</c>.
/// </summary>
internal static class AdminCommands
{
    public static bool Matches(string[] args) =>
        args is ["scrub", ..] or ["route", ..] or ["understand", ..] or ["danger", ..] or ["routes", ..] or ["directory", ..] or ["package", ..] or ["export", ..]
            or ["erase", ..] or ["retention", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray())
            .Build();
        var environment = new CommandLineEnvironment();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            // Logs go to standard error, so standard output holds only the command's result (an export, JSON Lines).
            .Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSingleton<IConfiguration>(configuration)
            .AddPrivacy(configuration)
            .AddCasusRouting(configuration)
            .AddSafety(configuration)
            .AddAssistant(configuration)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IHostEnvironment>(environment)
            .AddStorage(configuration, environment)
            .AddConversationReferences()
            .AddOutbox()
            .AddCardTemplates()
            .AddCases(configuration)
            .AddRetentionCommands(configuration)
            .AddSingleton<DirectoryImport>()
            .AddSingleton<ExpertiseDirectory>()
            .AddSingleton<DirectoryCommand>()
            .AddSingleton<PackageCommand>()
            .AddWorkingDayCalendar(configuration)
            .AddSingleton<SignalOverview>()
            .AddSingleton<SignalExport>()
            .AddSingleton<SignalExportCommand>()
            .AddSingleton<Localization.Texts>()
            .AddSingleton(Framework.Dialogs.FlowCatalog.Load(BotHostDefaults.ContentDirectory("dialogs")))
            .AddUnderstanding()
            .AddSingleton<Intake.StoryCommand>();
        services.AddOptions<TeamsAppOptions>().Bind(configuration.GetSection(TeamsAppOptions.SectionName));
        if (args.Contains("--ai"))
        {
            // Only with --ai may route suggestions go to the configured language model (scrubbed first).
            services.AddSingleton<IRouteRefiner, AssistantRouteRefiner>();
            services.AddTransient(sp => new RouteCommand(sp.GetRequiredService<RouteSuggester>(), sp.GetRequiredService<IRouteRefiner>()));
        }
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

        var output = Console.Out;
        return args switch
        {
            ["scrub", ..] => await provider.GetRequiredService<ScrubCommand>().RunAsync(Console.In, output, cancel.Token),
            ["route", ..] => await provider.GetRequiredService<RouteCommand>().RunAsync(Console.In, output, cancel.Token),
            ["danger", ..] => await provider.GetRequiredService<DangerCommand>().RunAsync(Console.In, output, cancel.Token),
            ["routes", "validate", var file, ..] => await provider.GetRequiredService<RoutesValidateCommand>().RunAsync(file, output, cancel.Token),
            ["directory", ..] => await provider.GetRequiredService<DirectoryCommand>().RunAsync(args, output, cancel.Token),
            ["package", ..] => await provider.GetRequiredService<PackageCommand>().RunAsync(args, output, Console.Error, cancel.Token),
            ["export", ..] => await provider.GetRequiredService<SignalExportCommand>().RunAsync(args, output, Console.Error, cancel.Token),
            ["erase", ..] => await provider.GetRequiredService<EraseCommand>().RunAsync(args, output, Console.Error, cancel.Token),
            ["retention", ..] => await provider.GetRequiredService<RetentionCommand>().RunAsync(args, output, Console.Error, cancel.Token),
            ["understand", ..] => await provider.GetRequiredService<UnderstandCommand>().RunAsync(Console.In, output, cancel.Token),
            ["story", ..] => await provider.GetRequiredService<Intake.StoryCommand>().RunAsync(Console.In, output, cancel.Token),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            Usage:
              CasuistiekBot scrub                    JSON Lines {"id","text"} on stdin -> scrubbed text and what was replaced
              CasuistiekBot route [--ai]             JSON Lines {"id","text"} on stdin -> ranked routes with reasons and themes
              CasuistiekBot danger                   JSON Lines {"id","text"} on stdin -> acute danger found, its kinds and cues
              CasuistiekBot routes validate <file>   check a routing table
              CasuistiekBot directory import <file>  import people (CSV or JSON) into the expertise directory
              CasuistiekBot directory show <query>   show a person by name, e-mail or object id file
              CasuistiekBot package [--out <zip>]    the Teams app package, filled from MicrosoftAppId and TeamsApp:*
              CasuistiekBot export signals --format csv|json   the signal register (no authors) on stdout
              CasuistiekBot erase --casus CS-yyyy-nnnn   withdraw (if open) and erase one casus' texts now; says what was done
              CasuistiekBot retention run [--dry-run]    erase the texts of cases closed longer ago than Retention:ClosedCaseTextMonths
              CasuistiekBot understand               JSON Lines {"id","kind","question","answer","today",...} -> how the bot reads each answer
              CasuistiekBot story                    JSON Lines {"id","story","today","lang"} -> what the intake reads from each story, what it still asks
            """);
        return 2;
    }

    // The commands run from the working folder, like the web host, so ./data is the same database.
    private sealed class CommandLineEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "CasuistiekBot";
        public string ContentRootPath { get; set; } = System.IO.Directory.GetCurrentDirectory();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.PhysicalFileProvider(System.IO.Directory.GetCurrentDirectory());
    }
}
