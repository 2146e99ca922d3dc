using CasuistiekBot.Commands;

namespace CasuistiekBot.Routing;

// Admin command `routes validate <file>`: 0 when the table is valid, 1 when it has problems.
internal sealed class RoutesValidateCommand : IAdminCommand
{
    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        commandLine.Args is ["routes", "validate", var file, ..] ? RunAsync(file, commandLine.Output, cancellationToken) : commandLine.ShowUsageAsync();

    public async Task<int> RunAsync(string file, TextWriter output, CancellationToken cancellationToken)
    {
        var result = RoutingTableLoader.LoadFile(Path.GetFullPath(file));
        if (result.IsValid)
        {
            var document = result.Document!;
            await output.WriteLineAsync($"{file}: valid, {document.Routes.Count} routes and {document.Themes.Count} themes".AsMemory(), cancellationToken);
            return 0;
        }
        foreach (var problem in result.Problems)
        {
            await output.WriteLineAsync($"{file}: {problem}".AsMemory(), cancellationToken);
        }
        await output.WriteLineAsync($"{file}: invalid, {result.Problems.Count} problem(s)".AsMemory(), cancellationToken);
        return 1;
    }
}
