using System.Diagnostics;
using System.IO.Compression;
using CasuistiekBot.AppPackage;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.AppPackage;

public sealed class AppPackageTests : IDisposable
{
    private readonly AppPackageKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [StartsProcesses("the built executable")]
    [Fact]
    public async Task The_package_admin_command_of_the_executable_writes_the_manifest_icons_and_English_strings_at_the_zip_root()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _kit.Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "CasuistiekBot.dll"), "package", "--out", "appPackage.zip" }) start.ArgumentList.Add(argument);
        start.Environment["MicrosoftAppId"] = AppPackageKit.BotId;
        start.Environment["TeamsApp__AppId"] = AppPackageKit.TeamsAppId;
        start.Environment["TeamsApp__HostName"] = AppPackageKit.HostName;

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await errors + output);
        using var zip = ZipFile.OpenRead(_kit.ZipPath);
        Assert.Equal(["color.png", "en-us.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain("${{", await reader.ReadToEndAsync());
        }
    }

    [Fact]
    public async Task The_placeholders_are_filled_from_configuration()
    {
        await _kit.BuildAsync();
        var manifest = AppPackageKit.Manifest(_kit.Unpack());

        Assert.Equal(AppPackageKit.TeamsAppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppPackageKit.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(AppPackageKit.BotId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://{AppPackageKit.HostName}/{AppPackageKit.BotId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal([AppPackageKit.HostName], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        var signals = manifest["staticTabs"]!.AsArray().Single(t => t!["entityId"]!.GetValue<string>() == "signalen")!;
        Assert.Equal($"https://{AppPackageKit.HostName}/dashboard?lang={{locale}}", signals["contentUrl"]!.GetValue<string>());
        Assert.Equal($"https://{AppPackageKit.HostName}/dashboard/configure?lang={{locale}}",
            manifest["configurableTabs"]![0]!["configurationUrl"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("TeamsApp:HostName", null, "TeamsApp:HostName")]
    [InlineData("TeamsApp:HostName", "https://casuistiek.example.nl/bot", "TeamsApp:HostName")]
    [InlineData("MicrosoftAppId", "not-a-guid", "MicrosoftAppId")]
    [InlineData("TeamsApp:PrivacyUrl", "http://casuistiek.example.nl/privacy", "TeamsApp:PrivacyUrl")]
    public async Task A_configuration_the_package_cannot_be_built_from_is_refused_and_nothing_is_written(string key, string? value, string named)
    {
        var settings = new Dictionary<string, string?>(AppPackageKit.Settings) { [key] = value };

        var (exitCode, _, errors) = await _kit.RunAsync(settings);

        Assert.Equal(2, exitCode);
        Assert.Contains(named, errors);
        Assert.False(File.Exists(_kit.ZipPath));
    }

    [Fact]
    public async Task An_unknown_placeholder_or_a_missing_icon_in_the_manifest_folder_is_refused()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_kit.Directory, "manifest")).FullName;
        var template = await File.ReadAllTextAsync(Path.Combine(PackageCommand.DefaultManifestDirectory, "manifest.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), template.Replace("Ministerie van JenV", "${{DEVELOPER}}"));
        File.Copy(Path.Combine(PackageCommand.DefaultManifestDirectory, "en-us.json"), Path.Combine(folder, "en-us.json"));
        File.Copy(Path.Combine(PackageCommand.DefaultManifestDirectory, "color.png"), Path.Combine(folder, "color.png"));

        var (exitCode, _, errors) = await _kit.RunAsync(AppPackageKit.Settings, "--manifest", folder);

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown placeholder ${{DEVELOPER}}", errors);
        Assert.Contains("outline.png: named in the manifest but not found", errors);
        Assert.False(File.Exists(_kit.ZipPath));
    }
}
