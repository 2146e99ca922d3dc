using CasuistiekBot.Framework.Tests.Cards.Example;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Cards;

namespace CasuistiekBot.Framework.Tests.Cards;

[StartsProcesses("node: the card schema and the adaptivecards SDK")]
public sealed class CardValidatorTests(InvalidCardsFixture fixture) : IClassFixture<InvalidCardsFixture>
{
    private IReadOnlyList<string> ProblemsOf(string card) => fixture.Problems[card];

    [Fact]
    public void The_bound_example_card_passes_the_schema_the_sdk_and_the_house_rules()
    {
        Assert.Empty(ProblemsOf("valid"));
    }

    [Fact]
    public async Task The_example_card_with_no_steps_and_user_text_with_quotes_is_valid_too()
    {
        var model = ExampleCard.Model() with { Overdue = false, Note = "Zij zei: \"dit klopt niet\"\nen ging weg", Steps = [] };

        var problems = await CardValidator.ValidateAsync("empty-steps", ExampleCard.Load().Bind(model));

        Assert.Empty(problems);
    }

    [Fact]
    public void A_wrong_version_is_caught_by_the_house_rules()
    {
        Assert.Contains(ProblemsOf("wrong-version"), p => p.StartsWith("house: version must be \"1.5\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_top_level_submit_action_is_caught_while_submit_as_execute_fallback_is_allowed()
    {
        var problem = Assert.Single(ProblemsOf("submit-action"), p => p.StartsWith("house:", StringComparison.Ordinal));
        Assert.Contains("Action.Submit at $.actions[2]", problem);
    }

    [Fact]
    public void An_unknown_element_type_is_caught_by_the_schema_and_the_sdk()
    {
        var problems = ProblemsOf("unknown-element");

        Assert.Contains(problems, p => p.StartsWith("schema:", StringComparison.Ordinal) && p.Contains("unknown type \"TextBlok\""));
        Assert.Contains(problems, p => p.StartsWith("sdk:", StringComparison.Ordinal) && p.Contains("TextBlok"));
    }

    [Fact]
    public void An_input_without_an_id_is_caught_by_the_schema_and_the_sdk()
    {
        var problems = ProblemsOf("input-without-id");

        Assert.Contains(problems, p => p.StartsWith("schema:", StringComparison.Ordinal) && p.Contains("missing required property \"id\""));
        Assert.Contains(problems, p => p.StartsWith("sdk:", StringComparison.Ordinal) && p.Contains("Input.Text"));
    }

    [Fact]
    public void A_leftover_placeholder_is_caught_by_the_house_rules()
    {
        Assert.Contains(ProblemsOf("leftover-placeholder"), p => p == "house: unbound placeholder at $.body[0].text: Hallo ${naam}");
    }

    [Fact]
    public void An_execute_action_without_a_verb_is_caught_by_the_house_rules()
    {
        Assert.Contains(ProblemsOf("execute-without-verb"), p => p == "house: Action.Execute at $.actions[0] has no verb");
    }

    [Fact]
    public void User_text_containing_a_placeholder_is_not_a_leftover_when_the_model_is_known()
    {
        Assert.Empty(ProblemsOf("user-text"));
    }

    [Fact]
    public void Without_the_model_any_placeholder_text_in_a_card_is_reported()
    {
        Assert.Contains(ProblemsOf("user-text-unknown-model"), p => p == "house: unbound placeholder at $.body[0].text: Wat betekent ${x}?");
    }

    [Fact]
    public void A_real_leftover_is_still_caught_next_to_user_text()
    {
        var problem = Assert.Single(ProblemsOf("user-text-and-leftover"));
        Assert.Equal("house: unbound placeholder at $.body[1].text: ${x} ${naam}", problem);
    }

    [Fact]
    public async Task No_cards_need_no_node_run()
    {
        Assert.Empty(await CardValidator.ValidateAsync(new Dictionary<string, System.Text.Json.Nodes.JsonObject>()));
    }
}
