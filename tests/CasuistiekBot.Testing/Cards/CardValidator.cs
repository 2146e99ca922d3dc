using System.Text.Json.Nodes;

namespace CasuistiekBot.Testing.Cards;

/// <summary>
/// Checks bound cards three ways: the official Adaptive Card 1.5 JSON schema (ajv, tests/js/card-schema.js,
/// with the Teams-only root <c>msteams</c> stripped), the adaptivecards SDK's own parser and
/// validateProperties (tests/js/card-sdk.js), and <see cref="CardHouseRules"/>. Many cards share two node runs.
/// </summary>
public static class CardValidator
{
    /// <summary>Every problem per card name, each prefixed with the check that found it (schema, sdk, house).</summary>
    /// <param name="cards">Bound cards by name.</param>
    /// <param name="models">
    /// The model each card was bound from, by the same name, when known: user text in a model may contain
    /// <c>${</c> and is then not reported as a leftover placeholder (see <see cref="CardHouseRules.Check"/>).
    /// </param>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ValidateAsync(
        IReadOnlyDictionary<string, JsonObject> cards, IReadOnlyDictionary<string, object?>? models = null)
    {
        var problems = cards.Keys.ToDictionary(name => name, _ => new List<string>());
        if (cards.Count == 0) return Freeze(problems);

        using (var files = new CardFiles(cards))
        {
            var schema = NodeTool.RunAsync("card-schema.js", [RepositoryPaths.AdaptiveCardSchema, .. files.Paths]);
            var sdk = NodeTool.RunAsync("card-sdk.js", files.Paths);
            Collect("schema", await schema, files, problems);
            Collect("sdk", await sdk, files, problems);
        }
        foreach (var (name, card) in cards)
        {
            var model = models is not null && models.TryGetValue(name, out var m) ? m : null;
            problems[name].AddRange(CardHouseRules.Check(card, model).Select(p => "house: " + p));
        }
        return Freeze(problems);
    }

    /// <summary>The problems of one card; empty when it passes all three checks.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string name, JsonObject card, object? model = null) =>
        (await ValidateAsync(new Dictionary<string, JsonObject> { [name] = card }, new Dictionary<string, object?> { [name] = model }))[name];

    private static void Collect(string check, JsonObject output, CardFiles files, Dictionary<string, List<string>> problems)
    {
        foreach (var file in files.Paths)
        {
            if (output[file] is not JsonArray found)
            {
                problems[files.NameOf(file)].Add($"{check}: the tool reported nothing for this card");
                continue;
            }
            problems[files.NameOf(file)].AddRange(found.Select(p => $"{check}: {p}"));
        }
    }

    private static Dictionary<string, IReadOnlyList<string>> Freeze(Dictionary<string, List<string>> problems) =>
        problems.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value);
}
