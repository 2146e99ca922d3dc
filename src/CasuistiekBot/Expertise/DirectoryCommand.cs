using CasuistiekBot.Commands;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Expertise;

/// <summary>Admin commands <c>directory import &lt;file&gt;</c> and <c>directory show &lt;name, e-mail or object id&gt;</c>.</summary>
internal sealed class DirectoryCommand(DatabaseMigrator migrator, DirectoryImport import, ExpertiseDirectory directory) : IAdminCommand
{
    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Args, commandLine.Output, cancellationToken);

    public async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        switch (args)
        {
            case ["directory", "import", var file, ..]:
                if (!File.Exists(file))
                {
                    await output.WriteLineAsync($"File not found: {file}");
                    return 1;
                }
                var result = await import.ImportAsync(file, cancellationToken);
                foreach (var (line, problem) in result.Invalid) await output.WriteLineAsync(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}");
                if (result.Invalid.Count > 0)
                {
                    await output.WriteLineAsync($"{result.Invalid.Count} problem(s); nothing was imported");
                    return 3;
                }
                await output.WriteLineAsync($"{result.Added} added, {result.Updated} updated");
                return 0;
            case ["directory", "show", .. var words] when words.Length > 0:
                var people = await directory.SearchAsync(string.Join(' ', words), cancellationToken);
                foreach (var p in people)
                {
                    await output.WriteLineAsync($"{p.Name} <{p.Email}> {p.AadObjectId}");
                    await output.WriteLineAsync($"  unit: {p.OrgUnit}{(p.UnitAliases.Length > 0 ? $" (also: {p.UnitAliases.Replace("|", ", ")})" : "")}; roles: {p.Roles.Replace("|", ", ")}; tags: {p.Tags.Replace("|", ", ")}");
                    await output.WriteLineAsync($"  max panels per month: {p.MaxPanelsPerMonth}; unavailable until: {p.UnavailableUntil?.ToString("yyyy-MM-dd") ?? "-"}; manager: {p.ManagerAadObjectId ?? "-"}; MT: {p.Mt ?? "-"}");
                }
                if (people.Count == 0) await output.WriteLineAsync("Nobody found.");
                return people.Count == 0 ? 1 : 0;
            default:
                await output.WriteLineAsync("Usage: directory import <file.csv|file.json> | directory show <name, e-mail or object id>");
                return 2;
        }
    }
}
