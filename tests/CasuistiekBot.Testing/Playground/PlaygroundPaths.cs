namespace CasuistiekBot.Testing.Playground;

public static class PlaygroundPaths
{
    /// <summary>tests/js with its node_modules; scripts/test.sh points CASUISTIEK_TEST_NODE at it.</summary>
    public static string NodeTools =>
        Environment.GetEnvironmentVariable("CASUISTIEK_TEST_NODE") is { Length: > 0 } path ? path : RepositoryPaths.NodeTools;

    public static string PlaygroundCli =>
        Path.Combine(NodeTools, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public static string ForceLoopback => Path.Combine(NodeTools, "force-loopback.js");

    public static string ConfigWriter => Path.Combine(NodeTools, "playground", "write-config.js");

    public static string DemoRoles => Path.Combine(NodeTools, "playground", "demo-roles.js");

    /// <summary>
    /// The app's own build output in the configuration the tests were built in: the test project references
    /// the app, so building the tests builds it there too.
    /// </summary>
    public static string AppAssembly()
    {
        var testOutput = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent?.Name ?? "Debug";
        var path = Path.Combine(RepositoryPaths.Root, "src", "CasuistiekBot", "bin", configuration, framework, "CasuistiekBot.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The app is not built at {path}: run dotnet build -c {configuration} first.", path);
    }

    /// <summary>The dotnet host that runs the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
