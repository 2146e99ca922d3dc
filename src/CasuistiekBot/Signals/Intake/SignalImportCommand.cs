using CasuistiekBot.Commands;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Signals.Intake;

/// <summary><c>signals import &lt;file.csv&gt;</c>: an existing signal list into the register, all lines or none.</summary>
internal sealed class SignalImportCommand(DatabaseMigrator migrator, SignalImport import) : IAdminCommand
{
    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Args, commandLine.Output, commandLine.Error, cancellationToken);

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not ["signals", "import", var file])
        {
            await error.WriteLineAsync("Usage: CasuistiekBot signals import <file.csv>");
            return 2;
        }
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"File not found: {file}");
            return 1;
        }
        await migrator.MigrateAsync(cancellationToken);
        var result = await import.ImportAsync(file, cancellationToken);
        foreach (var (line, problem) in result.Problems) await error.WriteLineAsync(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}");
        if (result.Problems.Count > 0)
        {
            await error.WriteLineAsync($"{result.Problems.Count} problem(s); nothing was imported");
            return 3;
        }
        await output.WriteLineAsync($"{result.Added} signal(s) imported");
        return 0;
    }
}
