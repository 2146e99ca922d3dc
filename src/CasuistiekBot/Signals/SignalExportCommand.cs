using CasuistiekBot.Commands;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Signals;

/// <summary><c>export signals --format csv|json</c>: the signal register on standard output (the same database as the bot, migrated first).</summary>
internal sealed class SignalExportCommand(DatabaseMigrator migrator, SignalExport export) : IAdminCommand
{
    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Args, commandLine.Output, commandLine.Error, cancellationToken);

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not ["export", "signals", ..])
        {
            await error.WriteLineAsync("Usage: CasuistiekBot export signals --format csv|json");
            return 2;
        }
        var format = "csv";
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i] == "--format" && i + 1 < args.Length) format = args[++i].ToLowerInvariant();
            else if (args[i].StartsWith("--format=", StringComparison.Ordinal)) format = args[i]["--format=".Length..].ToLowerInvariant();
        }
        if (!SignalExport.Formats.Contains(format))
        {
            await error.WriteLineAsync($"Unknown format '{format}': use csv or json.");
            return 2;
        }
        await migrator.MigrateAsync(cancellationToken);
        await export.WriteAsync(format, output, cancellationToken);
        return 0;
    }
}
