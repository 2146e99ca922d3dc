using CasuistiekBot.Commands;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Console;

namespace CasuistiekBot.Hosting;

/// <summary>
/// Runs the admin command named by the first argument (<c>scrub</c>, <c>route</c>, <c>erase</c>, ...) on the same
/// services as the web host, <see cref="CasuistiekBotServiceCollectionExtensions.AddCasuistiekBot"/>, where each slice
/// registers its own commands. Neither the web host nor any hosted service starts.
/// </summary>
internal static class AdminCommands
{
    /// <summary>The command's exit code, or null when the arguments name no admin command: then they are the web host's.</summary>
    public static async Task<int?> RunAsync(string[] args)
    {
        // The web host's arguments are switches (--urls=...) or key=value pairs; only a bare word can name a command.
        if (args is not [var name, ..] || name.StartsWith('-') || name.Contains('=')) return null;
        var configuration = Configuration(args);
        var environment = new CommandLineEnvironment();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            // Logs go to standard error, so standard output holds only the command's result (an export, JSON Lines).
            .Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(environment)
            .AddCasuistiekBot(configuration, environment);
        var commands = services.AdminCommands();
        if (commands.All(c => c.Name != name)) return null;

        await using var provider = services.BuildServiceProvider(validateScopes: true);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        var commandLine = new AdminCommandLine(args, Console.In, Console.Out, Console.Error, Usage(commands));
        return await provider.GetRequiredKeyedService<IAdminCommand>(name).RunAsync(commandLine, cancel.Token);
    }

    private static IConfiguration Configuration(string[] args) => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray())
        .Build();

    private static string Usage(IEnumerable<AdminCommandRegistration> commands)
    {
        var forms = commands.SelectMany(c => c.Usage).ToList();
        var width = forms.Max(f => f.Syntax.Length);
        return string.Join(Environment.NewLine, ["Usage:", .. forms.Select(f => $"  CasuistiekBot {f.Syntax.PadRight(width)}   {f.Meaning}")]);
    }

    // The commands run from the working folder, like the web host, so ./data is the same database.
    private sealed class CommandLineEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "CasuistiekBot";
        public string ContentRootPath { get; set; } = Directory.GetCurrentDirectory();
        public IFileProvider ContentRootFileProvider { get; set; } = new PhysicalFileProvider(Directory.GetCurrentDirectory());
    }
}
