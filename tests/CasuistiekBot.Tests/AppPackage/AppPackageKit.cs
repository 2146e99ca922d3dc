using System.IO.Compression;
using System.Text.Json.Nodes;
using CasuistiekBot.AppPackage;
using CasuistiekBot.Testing.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.AppPackage;

/// <summary>Builds the app package the way an administrator does, into a folder of its own, and reads it back.</summary>
internal sealed class AppPackageKit : IDisposable
{
    public const string HostName = "casuistiek.test.example.nl";
    public const string BotId = TestTokenIssuer.DefaultAppId;
    public const string TeamsAppId = "2d6c1e3a-7b4f-4c1e-9a55-0f3b8e9d2c71";

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("app-package-").FullName;

    public string ZipPath => Path.Combine(Directory, "appPackage.zip");

    public static IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = BotId,
        ["TeamsApp:AppId"] = TeamsAppId,
        ["TeamsApp:HostName"] = HostName,
    };

    /// <summary>Runs the package command in-process; returns its exit code, standard output and standard error.</summary>
    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] extraArguments)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = Options.Create(configuration.GetSection(TeamsAppOptions.SectionName).Get<TeamsAppOptions>() ?? new TeamsAppOptions());
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exitCode = await new PackageCommand(configuration, options)
            .RunAsync(["package", "--out", ZipPath, .. extraArguments], output, errors, CancellationToken.None);
        return (exitCode, output.ToString(), errors.ToString());
    }

    public async Task<string> BuildAsync()
    {
        var (exitCode, _, errors) = await RunAsync(Settings);
        Assert.True(exitCode == 0, errors);
        return ZipPath;
    }

    /// <summary>Unpacks the zip into <c>unpacked/</c> and returns that folder.</summary>
    public string Unpack()
    {
        var target = Path.Combine(Directory, "unpacked");
        ZipFile.ExtractToDirectory(ZipPath, target, overwriteFiles: true);
        return target;
    }

    public static JsonObject Manifest(string unpacked) => JsonNode.Parse(File.ReadAllText(Path.Combine(unpacked, "manifest.json")))!.AsObject();

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
