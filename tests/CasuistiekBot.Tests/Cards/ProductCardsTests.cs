using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Cards;

namespace CasuistiekBot.Tests.Cards;

/// <summary>
/// Every template in cards/ is bound with its sample model(s) from Samples/ and must pass the 1.5 schema,
/// the adaptivecards SDK and the house rules. A sample is <c>&lt;template&gt;.json</c> (required) or
/// <c>&lt;template&gt;.&lt;variant&gt;.json</c> (optional extra cases, e.g. English or very long texts).
/// </summary>
public sealed class ProductCardsTests
{
    private static string SamplesDirectory => Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Cards", "Samples");

    [StartsProcesses("node: the card schema and the adaptivecards SDK")]
    [Fact]
    public async Task Every_card_template_has_a_sample_and_binds_to_a_valid_card()
    {
        var problems = new List<string>();
        var models = new Dictionary<string, object?>();
        var cards = BindSamples(problems, models);

        foreach (var (name, cardProblems) in await CardValidator.ValidateAsync(cards, models))
        {
            problems.AddRange(cardProblems.Select(p => $"{name}: {p}"));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} card problem(s):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_app_ships_every_card_template_next_to_its_binaries()
    {
        var missing = Templates().Names
            .Where(name => !File.Exists(Path.Combine(AppContext.BaseDirectory, "cards", name + ".json")))
            .ToList();

        Assert.True(missing.Count == 0, "not copied to the output: " + string.Join(", ", missing));
    }

    [RequiresChromiumFact]
    public async Task Every_sample_card_is_screenshotted_for_review()
    {
        var problems = new List<string>();
        var cards = BindSamples(problems, new Dictionary<string, object?>());

        var pngs = await CardRenderer.RenderAsync(cards, CardRenderer.ArtifactsDirectory);

        Assert.Empty(problems);
        Assert.All(cards.Keys, name => Assert.True(new FileInfo(pngs[name]).Length > 1_000, $"{name}: empty screenshot"));
        Assert.All(Templates().Names, template => Assert.True(pngs.ContainsKey(template), $"cards/{template}.json has no screenshot"));
    }

    private static CardTemplateStore Templates() =>
        Directory.Exists(RepositoryPaths.Cards) ? CardTemplateStore.Load(RepositoryPaths.Cards) : new CardTemplateStore([]);

    /// <summary>The bound card per sample name; missing samples, orphan samples and bind errors go to <paramref name="problems"/>.</summary>
    private static Dictionary<string, JsonObject> BindSamples(List<string> problems, Dictionary<string, object?> models)
    {
        var templates = Templates();
        var samples = Directory.Exists(SamplesDirectory)
            ? Directory.GetFiles(SamplesDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order().ToList()
            : [];

        problems.AddRange(templates.Names.Where(name => !samples.Contains(name, StringComparer.OrdinalIgnoreCase))
            .Select(name => $"{name}: no sample model; add tests/CasuistiekBot.Tests/Cards/Samples/{name}.json"));

        var cards = new Dictionary<string, JsonObject>();
        foreach (var sample in samples)
        {
            var templateName = sample.Split('.')[0];
            if (!templates.TryGet(templateName, out var template))
            {
                problems.Add($"{sample}: sample without a template cards/{templateName}.json");
                continue;
            }
            try
            {
                var model = JsonNode.Parse(File.ReadAllText(Path.Combine(SamplesDirectory, sample + ".json")));
                cards[sample] = template.Bind(model);
                models[sample] = model;
            }
            catch (Exception e) when (e is CardBindingException or System.Text.Json.JsonException)
            {
                problems.Add($"{sample}: {e.Message}");
            }
        }
        return cards;
    }
}
