using CasuistiekBot.Commands;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Retention;

/// <summary><c>retention run [--dry-run]</c>: applies the retention period now (the database migrated first) and says what went.</summary>
internal sealed class RetentionCommand(DatabaseMigrator migrator, RetentionSweep sweep) : IAdminCommand
{
    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Args, commandLine.Output, commandLine.Error, cancellationToken);

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not ["retention", "run", .. var rest] || rest.Any(a => a != "--dry-run"))
        {
            await error.WriteLineAsync("Usage: CasuistiekBot retention run [--dry-run]");
            return 2;
        }
        await migrator.MigrateAsync(cancellationToken);
        var report = await sweep.RunAsync(dryRun: rest.Length > 0, cancellationToken);
        await report.WriteAsync(output);
        return report.DryRun || report.Erased.Count == report.Due.Count ? 0 : 1;
    }
}
