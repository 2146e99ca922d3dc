using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Tests.Cards;

public sealed class CardBindingTests
{
    private static JsonObject Bind(string template, object? model) => CardTemplate.Parse("test", template).Bind(model);

    private static JsonObject Card(string body) => Bind($$"""{ "type": "AdaptiveCard", "version": "1.5", "body": {{body}} }""", null);

    [Fact]
    public void A_placeholder_inside_a_string_is_replaced_by_the_value_as_text()
    {
        var card = Bind("""{ "text": "Hallo ${name}, je hebt ${count} meldingen" }""", new { Name = "Ada", Count = 3 });

        Assert.Equal("Hallo Ada, je hebt 3 meldingen", card["text"]!.GetValue<string>());
    }

    [Fact]
    public void The_model_is_read_with_camel_case_names()
    {
        var card = Bind("""{ "text": "${ownerName}" }""", new { OwnerName = "Bram" });

        Assert.Equal("Bram", card["text"]!.GetValue<string>());
    }

    [Fact]
    public void Nested_paths_and_list_indexes_reach_deep_values()
    {
        var model = new { Case = new { Owner = new { Name = "Ada" }, Tags = new[] { "jeugd", "zorg" } } };

        var card = Bind("""{ "text": "${case.owner.name} / ${case.tags[1]} / ${case.tags[5]}" }""", model);

        Assert.Equal("Ada / zorg / ", card["text"]!.GetValue<string>());
    }

    [Fact]
    public void A_string_that_is_exactly_one_placeholder_takes_the_value_with_its_json_type()
    {
        var model = new { Count = 7, Ratio = 0.5, Done = false, Owner = new { Name = "Ada" }, Tags = new[] { "a", "b" } };

        var card = Bind("""{ "n": "${count}", "r": "${ratio}", "b": "${done}", "o": "${owner}", "a": "${tags}", "t": " ${count}" }""", model);

        Assert.Equal(JsonValueKind.Number, card["n"]!.GetValueKind());
        Assert.Equal(7, card["n"]!.GetValue<int>());
        Assert.Equal(0.5, card["r"]!.GetValue<double>());
        Assert.Equal(JsonValueKind.False, card["b"]!.GetValueKind());
        Assert.Equal("""{"name":"Ada"}""", card["o"]!.ToJsonString());
        Assert.Equal("""["a","b"]""", card["a"]!.ToJsonString());
        Assert.Equal(" 7", card["t"]!.GetValue<string>());
    }

    [Fact]
    public void Missing_values_bind_as_empty_strings()
    {
        var card = Bind("""{ "inline": "Naam: ${name}.", "exact": "${name}", "deep": "${a.b.c}" }""", new { Other = 1 });

        Assert.Equal("Naam: .", card["inline"]!.GetValue<string>());
        Assert.Equal("", card["exact"]!.GetValue<string>());
        Assert.Equal("", card["deep"]!.GetValue<string>());
    }

    [Fact]
    public void Data_repeats_an_element_per_item_with_the_item_as_scope()
    {
        var template = """
            { "body": [
                { "type": "TextBlock", "text": "kop" },
                { "type": "TextBlock", "$data": "${steps}", "text": "${$index}: ${label} voor ${$root.owner}" }
            ] }
            """;

        var card = Bind(template, new { Owner = "Ada", Steps = new[] { new { Label = "melden" }, new { Label = "wegen" } } });

        var texts = card["body"]!.AsArray().Select(b => b!["text"]!.GetValue<string>());
        Assert.Equal(["kop", "0: melden voor Ada", "1: wegen voor Ada"], texts);
        Assert.All(card["body"]!.AsArray(), b => Assert.Null(b!["$data"]));
    }

    [Fact]
    public void An_empty_or_missing_list_removes_the_repeated_element()
    {
        var template = """{ "body": [ { "$data": "${steps}", "text": "${label}" }, { "text": "einde" } ] }""";

        var empty = Bind(template, new { Steps = Array.Empty<object>() });
        var missing = Bind(template, new { });

        Assert.Equal("""[{"text":"einde"}]""", empty["body"]!.ToJsonString());
        Assert.Equal("""[{"text":"einde"}]""", missing["body"]!.ToJsonString());
    }

    [Fact]
    public void Nested_lists_repeat_within_each_item_and_index_counts_the_inner_list()
    {
        var template = """
            { "body": [ { "$data": "${groups}", "type": "Container", "items": [
                { "$data": "${members}", "text": "${$index} ${name} in ${$root.team}" }
            ] } ] }
            """;
        var model = new
        {
            Team = "Panel",
            Groups = new[] { new { Members = new[] { new { Name = "a" }, new { Name = "b" } } }, new { Members = new[] { new { Name = "c" } } } },
        };

        var card = Bind(template, model);

        var groups = card["body"]!.AsArray();
        Assert.Equal(2, groups.Count);
        Assert.Equal(["0 a in Panel", "1 b in Panel"], groups[0]!["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()));
        Assert.Equal(["0 c in Panel"], groups[1]!["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()));
    }

    [Fact]
    public void Data_with_a_single_object_changes_the_scope_without_repeating()
    {
        var card = Bind("""{ "body": [ { "$data": "${owner}", "text": "${name}" } ] }""", new { Owner = new { Name = "Ada" } });

        Assert.Equal("""[{"text":"Ada"}]""", card["body"]!.ToJsonString());
    }

    [Theory]
    [InlineData(true, "zichtbaar")]
    [InlineData(false, "verborgen")]
    public void When_keeps_or_drops_an_element_and_not_inverts_it(bool flag, string expected)
    {
        var template = """{ "body": [ { "$when": "${flag}", "text": "zichtbaar" }, { "$when": "${!flag}", "text": "verborgen" } ] }""";

        var card = Bind(template, new { Flag = flag });

        Assert.Equal(expected, Assert.Single(card["body"]!.AsArray())!["text"]!.GetValue<string>());
        Assert.Null(card["body"]![0]!["$when"]);
    }

    [Fact]
    public void When_on_a_missing_value_removes_the_element_and_also_drops_a_property()
    {
        var template = """{ "body": [ { "$when": "${nope}", "text": "x" } ], "selectAction": { "$when": "${nope}", "type": "Action.OpenUrl" } }""";

        var card = Bind(template, new { });

        Assert.Empty(card["body"]!.AsArray());
        Assert.False(card.ContainsKey("selectAction"));
    }

    [Fact]
    public void When_treats_empty_text_zero_and_empty_lists_as_false()
    {
        var template = """{ "body": [ { "$when": "${text}", "id": "t" }, { "$when": "${zero}", "id": "z" }, { "$when": "${list}", "id": "l" }, { "$when": "${full}", "id": "f" } ] }""";

        var card = Bind(template, new { Text = "", Zero = 0, List = Array.Empty<int>(), Full = new[] { 1 } });

        Assert.Equal("f", Assert.Single(card["body"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public void When_is_evaluated_per_repeated_item()
    {
        var template = """{ "body": [ { "$data": "${items}", "$when": "${open}", "text": "${name}" } ] }""";

        var card = Bind(template, new { Items = new[] { new { Name = "a", Open = true }, new { Name = "b", Open = false }, new { Name = "c", Open = true } } });

        Assert.Equal(["a", "c"], card["body"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("zegt \"hallo\" en \\ schuin")]
    [InlineData("regel 1\nregel 2\r\n\ttab")]
    [InlineData("één 😀 中文 \u0001 \u2028")]
    [InlineData("</script><b>&amp;")]
    [InlineData("\"}, {\"type\": \"Action.Submit\"")]
    public void Values_with_quotes_newlines_and_unicode_come_out_as_text_and_cannot_change_the_card(string value)
    {
        var card = Bind("""{ "body": [ { "type": "TextBlock", "text": "Tekst: ${value}" }, { "type": "TextBlock", "text": "${value}" } ] }""", new { Value = value });

        var reparsed = JsonNode.Parse(card.ToJsonString())!.AsObject();
        var body = reparsed["body"]!.AsArray();
        Assert.Equal(2, body.Count);
        Assert.Equal("Tekst: " + LiteralText.ForMarkdown(value), body[0]!["text"]!.GetValue<string>());
        Assert.Equal(LiteralText.ForMarkdown(value), body[1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void User_input_containing_a_placeholder_stays_literal_and_is_not_expanded()
    {
        var template = """{ "title": "${title}", "text": "Opmerking: ${note}", "value": "${note}", "secret": "geheim" }""";

        var card = Bind(template, new { Title = "T", Note = "${secret} en ${title} en ${", Secret = "lek" });

        Assert.Equal("Opmerking: ${secret} en ${title} en ${", card["text"]!.GetValue<string>());
        Assert.Equal("${secret} en ${title} en ${", card["value"]!.GetValue<string>());
        Assert.Equal("T", card["title"]!.GetValue<string>());
    }

    [Fact]
    public void Binding_never_changes_the_template_so_cards_are_independent()
    {
        var template = CardTemplate.Parse("t", """{ "body": [ { "$data": "${items}", "text": "${$data}" } ], "fixed": { "a": 1 } }""");

        var first = template.Bind(new { Items = new[] { "x" } });
        first["fixed"]!["a"] = 99;
        var second = template.Bind(new { Items = new[] { "y", "z" } });

        Assert.Equal("""{"body":[{"text":"y"},{"text":"z"}],"fixed":{"a":1}}""", second.ToJsonString());
        Assert.Equal("""[{"text":"x"}]""", first["body"]!.ToJsonString());
    }

    [Fact]
    public void One_template_can_be_bound_from_many_threads_at_once()
    {
        var template = CardTemplate.Parse("t", """{ "body": [ { "$data": "${items}", "type": "TextBlock", "text": "${$index}: ${$data}", "wrap": true } ] }""");

        var cards = new string[64];
        Parallel.For(0, cards.Length, i => cards[i] = template.Bind(new { Items = new[] { $"a{i}", $"b{i}" } }).ToJsonString());

        for (var i = 0; i < cards.Length; i++)
        {
            Assert.Equal($$"""{"body":[{"type":"TextBlock","text":"0: a{{i}}","wrap":true},{"type":"TextBlock","text":"1: b{{i}}","wrap":true}]}""", cards[i]);
        }
    }

    [Fact]
    public void The_model_may_be_a_json_node_such_as_a_sample_file()
    {
        var card = Bind("""{ "text": "${owner.name}" }""", JsonNode.Parse("""{ "owner": { "name": "Ada" } }"""));

        Assert.Equal("Ada", card["text"]!.GetValue<string>());
    }

    [Fact]
    public void A_list_in_data_where_no_array_can_hold_the_copies_is_a_binding_error()
    {
        var template = CardTemplate.Parse("lijst", """{ "selectAction": { "$data": "${items}", "type": "Action.OpenUrl" } }""");

        var error = Assert.Throws<CardBindingException>(() => template.Bind(new { Items = new[] { 1, 2 } }));

        Assert.Contains("'lijst'", error.Message);
        Assert.Contains("$.selectAction", error.Message);
    }

    [Fact]
    public void Templates_without_placeholders_bind_to_an_equal_card()
    {
        var card = Card("""[ { "type": "TextBlock", "text": "geen placeholders", "size": "large", "n": 1.25, "z": null } ]""");

        Assert.Equal("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"geen placeholders","size":"large","n":1.25,"z":null}]}""",
            card.ToJsonString());
    }
}
