using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Tests.Cards.Example;
using CasuistiekBot.Testing;
using NJsonSchema;

namespace CasuistiekBot.Framework.Tests.Cards;

/// <summary>
/// A second, independent reading of the 1.5 schema (NJsonSchema in-process) so the ajv verdicts in
/// <see cref="CardValidatorTests"/> are not the only opinion on the example card.
/// </summary>
public sealed class CardSchemaCrossCheckTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromFileAsync(RepositoryPaths.AdaptiveCardSchema));

    private static async Task<ICollection<NJsonSchema.Validation.ValidationError>> ValidateAsync(JsonObject card)
    {
        card.Remove("msteams"); // Teams-only extension the schema does not know
        return (await Schema.Value).Validate(card.ToJsonString());
    }

    [Fact]
    public async Task NJsonSchema_also_finds_the_bound_example_card_valid()
    {
        Assert.Empty(await ValidateAsync(ExampleCard.Load().Bind(ExampleCard.Model())));
    }

    [Fact]
    public async Task NJsonSchema_also_rejects_an_unknown_element_type()
    {
        var card = ExampleCard.Load().Bind(ExampleCard.Model());
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "TextBlok", ["text"] = "x" });

        Assert.NotEmpty(await ValidateAsync(card));
    }
}
