using System.Text.Json.Nodes;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Node;

namespace CasuistiekBot.Tests.AppPackage;

/// <summary>
/// The packaged manifest and its localization file against the Teams schemas bundled in @microsoft/app-manifest
/// (tests/js/validate-manifest.js), and the manifest on the newest schema that package ships.
/// </summary>
[StartsProcesses("node: the Teams manifest schema")]
public sealed class AppManifestSchemaTests : IDisposable
{
    private readonly AppPackageKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public async Task The_packaged_manifest_and_its_English_strings_pass_the_newest_Teams_schema_of_app_manifest()
    {
        await _kit.BuildAsync();
        var unpacked = _kit.Unpack();
        var manifestFile = Path.Combine(unpacked, "manifest.json");
        var localizationFile = Path.Combine(unpacked, "en-us.json");

        var result = await NodeScripts.RunAsync("validate-manifest.js", manifestFile, localizationFile);

        var newest = result["newestSchema"]!.GetValue<string>();
        Assert.Equal(newest, AppPackageKit.Manifest(unpacked)["manifestVersion"]!.GetValue<string>());
        Assert.Equal($"v{newest}/MicrosoftTeams.schema.json", result["files"]![manifestFile]!["schema"]!.GetValue<string>());
        Assert.Equal($"v{newest}/MicrosoftTeams.Localization.schema.json", result["files"]![localizationFile]!["schema"]!.GetValue<string>());
        Assert.Empty(Errors(result, manifestFile));
        Assert.Empty(Errors(result, localizationFile));
    }

    [Fact]
    public async Task The_validator_finds_what_is_wrong_with_a_broken_manifest()
    {
        await _kit.BuildAsync();
        var manifest = AppPackageKit.Manifest(_kit.Unpack());
        manifest["accentColor"] = "blauw";
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("channel");
        manifest.Remove("developer");
        var broken = Path.Combine(_kit.Directory, "broken.json");
        await File.WriteAllTextAsync(broken, manifest.ToJsonString());

        var errors = Errors(await NodeScripts.RunAsync("validate-manifest.js", broken), broken);

        Assert.Contains(errors, e => e.StartsWith("/accentColor", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/bots/0/scopes/3", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("\"missingProperty\":\"developer\"", StringComparison.Ordinal));
    }

    private static List<string> Errors(JsonObject result, string file) =>
        [.. result["files"]![file]!["errors"]!.AsArray().Select(e => e!.GetValue<string>())];
}
