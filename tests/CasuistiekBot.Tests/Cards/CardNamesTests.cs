using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Cards;

/// <summary>
/// The code names a card template only through a slice's <c>*CardNames</c> constant; these tests keep the constants
/// and the files in cards/ one to one, so a renamed template fails here instead of at the first person who needs it.
/// </summary>
public sealed class CardNamesTests
{
    [Fact]
    public void Every_card_name_constant_has_a_template_file()
    {
        var missing = DeclaredConstants.InClassesEndingWith("CardNames")
            .Where(c => !File.Exists(Path.Combine(RepositoryPaths.Cards, c.Value + ".json")))
            .Select(c => $"{c.DeclaredAs} = {c.Value}: no cards/{c.Value}.json").ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Every_template_file_is_named_by_exactly_one_card_name_constant()
    {
        var declared = DeclaredConstants.InClassesEndingWith("CardNames").ToLookup(c => c.Value, c => c.DeclaredAs, StringComparer.Ordinal);

        var problems = Directory.GetFiles(RepositoryPaths.Cards, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Order(StringComparer.Ordinal)
            .Where(name => declared[name].Count() != 1)
            .Select(name => $"cards/{name}.json is named by {declared[name].Count()} constants ({string.Join(", ", declared[name])}); add exactly one to its slice's *CardNames")
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
