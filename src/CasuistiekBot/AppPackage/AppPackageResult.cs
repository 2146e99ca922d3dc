namespace CasuistiekBot.AppPackage;

/// <summary>The files written into the package, or why none were.</summary>
internal sealed record AppPackageResult(IReadOnlyList<string> Entries, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static AppPackageResult Failed(string problem) => new([], [problem]);
}
