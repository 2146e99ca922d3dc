using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;

namespace CasuistiekBot.Framework.Tests.Cards;

/// <summary>Model text shows as text on a card: escaped where Teams reads markdown, without bidi or control characters everywhere.</summary>
public sealed class CardTextTests
{
    private const string Typed = "[klik](https://example.test) <at>Pieter</at> **vet**\u202E";

    private static JsonObject Bind(string template, object? model) => CardTemplate.Parse("test", template).Bind(model);

    [Fact]
    public void Model_text_in_a_text_block_is_escaped_and_the_templates_own_markdown_is_kept()
    {
        var card = Bind("""{ "body": [ { "type": "TextBlock", "text": "**Verhaal**: ${story}" }, { "type": "TextBlock", "text": "${story}" } ] }""", new { Story = Typed });

        var body = card["body"]!.AsArray();
        Assert.Equal(@"**Verhaal**: [klik\](https://example.test) \<at>Pieter\</at> \*\*vet\*\*", body[0]!["text"]!.GetValue<string>());
        Assert.Equal(@"[klik\](https://example.test) \<at>Pieter\</at> \*\*vet\*\*", body[1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Fact_titles_and_values_are_escaped_also_when_repeated_from_a_list()
    {
        var card = Bind("""{ "body": [ { "type": "FactSet", "facts": [ { "$data": "${facts}", "title": "${label}", "value": "${value}" } ] } ] }""",
            new { Facts = new[] { new { Label = "# Kop", Value = Typed } } });

        var fact = card["body"]![0]!["facts"]![0]!;
        Assert.Equal(@"\# Kop", fact["title"]!.GetValue<string>());
        Assert.Equal(@"[klik\](https://example.test) \<at>Pieter\</at> \*\*vet\*\*", fact["value"]!.GetValue<string>());
    }

    [Fact]
    public void Inputs_and_action_data_keep_the_text_as_typed_but_lose_bidi_and_control_characters()
    {
        var card = Bind("""
            {
              "body": [ { "type": "Input.Text", "id": "story", "value": "${story}" }, { "type": "Input.ChoiceSet", "id": "who", "choices": "${choices}" } ],
              "actions": [ { "type": "Action.Execute", "title": "${story}", "verb": "x", "data": { "note": "${story}" } } ]
            }
            """, new { Story = Typed + "\u0007", Choices = new[] { new { Title = "Ada\u2066", Value = "a" } } });

        const string expected = "[klik](https://example.test) <at>Pieter</at> **vet**";
        Assert.Equal(expected, card["body"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("Ada", card["body"]![1]!["choices"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(expected, card["actions"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(expected, card["actions"]![0]!["data"]!["note"]!.GetValue<string>());
    }

    [Fact]
    public void Numbers_and_flags_keep_their_json_type()
    {
        var card = Bind("""{ "body": [ { "type": "TextBlock", "text": "${count}" } ], "version": "${version}" }""", new { Count = 3, Version = 7L });

        Assert.Equal(3, card["body"]![0]!["text"]!.GetValue<int>());
        Assert.Equal(7, card["version"]!.GetValue<long>());
    }
}
