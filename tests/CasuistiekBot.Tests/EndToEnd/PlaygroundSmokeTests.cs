using System.Text.Json;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.EndToEnd;

/// <summary>The built app behind the real Agents Playground (locale en-US), driven through the Playground's own API.</summary>
public sealed class PlaygroundSmokeTests
{
    private static readonly string[] MenuVerbs = ["intake.start", "cases.mine", "help.show", "privacy.show"];

    [RequiresServiceFact("CASUISTIEK_TEST_NODE")]
    public async Task A_greeting_gets_a_welcome_and_a_menu_card_whose_help_button_returns_the_help_card()
    {
        await using var playground = await PlaygroundHarness.StartAsync();

        await playground.SendTextAsync("hi");

        var welcome = await playground.WaitForMessageAsync(m => m.Text?.StartsWith("Welcome to CasuistiekBot", StringComparison.Ordinal) == true);
        var menu = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any());
        Assert.Empty(welcome.Attachments);
        Assert.True(Arrival(playground, welcome) < Arrival(playground, menu), "the welcome text comes before the menu card\n" + playground.Describe());

        var actions = Actions(menu.AdaptiveCards.Single()).ToList();
        Assert.All(actions, action => Assert.Equal("Action.Execute", action.GetProperty("type").GetString()));
        Assert.Equal(MenuVerbs.Order(), actions.Select(a => a.GetProperty("verb").GetString()).Order());

        var help = actions.Single(a => a.GetProperty("verb").GetString() == "help.show");
        var answer = await playground.InvokeAsync("help.show", help.TryGetProperty("data", out var data) ? data : null, menu.MessageId);

        Assert.Equal(ContentTypes.AdaptiveCard, answer.GetProperty("type").GetString());
        Assert.Contains(Strings(answer.GetProperty("value")), text => text.Contains("How CasuistiekBot works", StringComparison.Ordinal));
    }

    private static int Arrival(PlaygroundHarness playground, PlaygroundMessage message) =>
        playground.Messages.ToList().FindIndex(m => m.MessageId == message.MessageId);

    // The buttons a user sees: the card's actions; an Action.Submit fallback is only for clients without Universal Actions.
    private static IEnumerable<JsonElement> Actions(JsonElement card) =>
        card.TryGetProperty("actions", out var actions) ? actions.EnumerateArray() : [];

    private static IEnumerable<string> Strings(JsonElement card) =>
        Descendants(card).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!);

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants)) yield return descendant;
    }
}
