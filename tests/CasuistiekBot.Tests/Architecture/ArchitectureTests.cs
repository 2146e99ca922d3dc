using System.Text.RegularExpressions;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Architecture;

/// <summary>
/// The boundaries the code is meant to keep, read from the compiled assemblies and the sources. Where the code does
/// not keep them yet, the known exceptions are listed in <see cref="KnownDebt"/>: a new violation fails, and so does a
/// listed one that has been paid off, so the lists can only shrink.
/// </summary>
public sealed partial class ArchitectureTests
{
    private const int MaxLines = 250;

    [Fact]
    public void No_two_slices_of_the_app_depend_on_each_other()
    {
        var edges = Slices.App.Dependencies();
        ConstantReferences.AddTo(edges);
        var debt = KnownDebt.CycleEdges.Select(e => e.Split(" → ")).ToList();
        var paid = KnownDebt.CycleEdges.Where(e => !edges.TryGetValue(e.Split(" → ")[0], out var t) || !t.ContainsKey(e.Split(" → ")[1])).ToList();
        foreach (var edge in debt) edges.GetValueOrDefault(edge[0])?.Remove(edge[1]);

        var cycles = Cycles.In(edges).Select(g => string.Join(", ", g) + Environment.NewLine + string.Join(Environment.NewLine, Cycles.Describe(g, edges)));

        Assert.True(!cycles.Any(), "Slices in a cycle (cut one edge of each):" + Environment.NewLine + string.Join(Environment.NewLine, cycles));
        Assert.True(paid.Count == 0, "Paid off: remove from KnownDebt.CycleEdges:" + Environment.NewLine + string.Join(Environment.NewLine, paid));
    }

    [Fact]
    public void A_slice_reads_and_writes_only_its_own_tables()
    {
        var found = Slices.App.ForeignTableAccesses(KnownDebt.DashboardReadModel).Distinct().Order(StringComparer.Ordinal).ToList();

        var added = found.Except(KnownDebt.ForeignTableAccesses).ToList();
        var paid = KnownDebt.ForeignTableAccesses.Except(found).ToList();

        Assert.True(added.Count == 0, "Go through the owning slice instead:" + Environment.NewLine + string.Join(Environment.NewLine, added));
        Assert.True(paid.Count == 0, "Paid off: remove from KnownDebt.ForeignTableAccesses:" + Environment.NewLine + string.Join(Environment.NewLine, paid));
    }

    [Fact]
    public void The_framework_never_references_the_app()
    {
        var framework = typeof(CasuistiekBot.Framework.Schema.Activity).Assembly;

        Assert.DoesNotContain(framework.GetReferencedAssemblies(), a => a.Name == "CasuistiekBot");
    }

    [Fact]
    public void The_framework_namespaces_have_no_cycle()
    {
        var edges = Slices.Framework.Dependencies();

        var cycles = Cycles.In(edges).SelectMany(g => Cycles.Describe(g, edges)).ToList();

        Assert.True(cycles.Count == 0, "Framework namespaces in a cycle:" + Environment.NewLine + string.Join(Environment.NewLine, cycles));
    }

    [Fact]
    public void The_framework_carries_no_product_text()
    {
        var found = SourceFiles("src/CasuistiekBot.Framework")
            .Where(f => File.ReadLines(f).Any(l => ProductText().IsMatch(l)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(KnownDebt.FrameworkFilesWithProductText, found);
    }

    [Fact]
    public void No_source_file_is_longer_than_the_limit()
    {
        var tooLong = SourceFiles("src")
            .Where(f => !f.Replace('\\', '/').Contains("/Migrations/", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(RepositoryPaths.Root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, $"Split these (over {MaxLines} lines):" + Environment.NewLine + string.Join(Environment.NewLine, tooLong));
    }

    [Fact]
    public void The_rules_catch_what_they_are_meant_to_catch()
    {
        // A made-up graph with a cycle and a clean one: the checks above are only as good as this.
        var cyclic = new Dictionary<string, Dictionary<string, string>>
        {
            ["Signals"] = new() { ["Reminders"] = "a" }, ["Reminders"] = new() { ["Signals"] = "b" }, ["Cases"] = new() { ["Storage"] = "c" },
        };
        var clean = new Dictionary<string, Dictionary<string, string>> { ["Signals"] = new() { ["Cases"] = "a" }, ["Cases"] = new() { ["Storage"] = "b" } };

        Assert.Equal(["Reminders", "Signals"], Assert.Single(Cycles.In(cyclic)));
        Assert.Empty(Cycles.In(clean));
        Assert.Matches(ProductText(), "\"Sorry, die datum herken ik niet.\"");
        Assert.DoesNotMatch(ProductText(), "\"Outbox message {MessageId} will not be delivered\"");
        Assert.Contains(Slices.App.ForeignTableAccesses(new HashSet<string>()), a => a.StartsWith("Dashboard", StringComparison.Ordinal));
    }

    /// <summary>The C# sources under a folder of the repository, without build output.</summary>
    internal static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/obj/", StringComparison.Ordinal) && !f.Replace('\\', '/').Contains("/bin/", StringComparison.Ordinal));

    // A string literal holding Dutch words, a Dutch culture or the product's home time zone.
    [GeneratedRegex("\"[^\"]*(\\b(je|jouw|het|een|niet|graag|sorry|Sorry|bericht|vraag)\\b[^\"]*\"|Europe/Amsterdam|nl-NL)")]
    private static partial Regex ProductText();
}
