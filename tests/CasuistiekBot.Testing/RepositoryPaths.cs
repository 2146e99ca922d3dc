namespace CasuistiekBot.Testing;

/// <summary>Where the repository, its declarative assets and the read-only shared folder are on this machine.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Cards => Path.Combine(Root, "cards");
    public static string Dialogs => Path.Combine(Root, "dialogs");
    public static string NodeTools => Path.Combine(Root, "tests", "js");

    /// <summary>The shared reference folder lies beside the clone (CI) or beside the work tree.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string AdaptiveCardSchema => Path.Combine(Shared, "schemas", "adaptive-card-1.5.schema.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CasuistiekBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("CasuistiekBot.sln not found above " + AppContext.BaseDirectory);
    }
}
