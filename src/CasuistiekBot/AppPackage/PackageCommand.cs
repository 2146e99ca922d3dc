using CasuistiekBot.Commands;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.AppPackage;

/// <summary>
/// <c>package [--out appPackage.zip] [--manifest &lt;folder&gt;]</c>: the Teams app package for this deployment, with
/// the bot id, app id and host name taken from configuration. Exit code 0 when written, 2 when the configuration or
/// the manifest folder is not right (nothing is written then).
/// </summary>
internal sealed class PackageCommand(IConfiguration configuration, IOptions<TeamsAppOptions> options) : IAdminCommand
{
    public const string DefaultOutput = "appPackage.zip";

    public static string DefaultManifestDirectory => Path.Combine(AppContext.BaseDirectory, "manifest");

    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Args, commandLine.Output, commandLine.Error, cancellationToken);

    public Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var outputPath = Argument(args, "--out") ?? DefaultOutput;
        var manifestDirectory = Argument(args, "--manifest") ?? DefaultManifestDirectory;

        var (values, problems) = PackageValues.From(configuration["MicrosoftAppId"], options.Value);
        var result = values is null ? new AppPackageResult([], problems) : AppPackageBuilder.Build(manifestDirectory, values, outputPath);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems) errors.WriteLine($"package: {problem}");
            errors.WriteLine("package: nothing was written");
            return Task.FromResult(2);
        }
        output.WriteLine($"{Path.GetFullPath(outputPath)}: {string.Join(", ", result.Entries)}");
        return Task.FromResult(0);
    }

    private static string? Argument(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length) return args[i + 1];
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) return args[i][(name.Length + 1)..];
        }
        return null;
    }
}
