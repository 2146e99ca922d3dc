using System.Text.Json.Nodes;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.EndToEnd;

/// <summary>
/// The feedback loop through the real Agents Playground (locale en-US): the current user raises an anonymous casus,
/// registers a signal on it as a coordinator and, as its owner, receives the owner card proactively, closes it from
/// the card and, as the author, hears the outcome. (Reminders need a clock the test moves; see SignalLoopTests.)
/// </summary>
public sealed class PlaygroundSignalTests
{
    private const string Sanne = "7d3c1a52-5b8e-4f0a-9c61-2e4b8a1f0001";

    [RequiresServiceFact("CASUISTIEK_TEST_NODE")]
    public async Task A_signal_registered_in_the_playground_reaches_its_owner_and_closing_it_tells_the_author()
    {
        await using var playground = await PlaygroundHarness.StartAsync(new PlaygroundOptions
        {
            BotEnvironment = new Dictionary<string, string>
            {
                ["Roles__Coordinators__0"] = Sanne,
                ["Expertise__SeedFile"] = Path.Combine(Path.GetDirectoryName(PlaygroundPaths.AppAssembly())!, "Expertise", "demo-directory.json"),
            },
        });
        var reference = await RaiseAnonymousCasusAsync(playground);

        await playground.SendTextAsync("new signal");
        var form = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => c.GetRawText().Contains("signal.register", StringComparison.Ordinal)));
        var registered = await playground.InvokeAsync("signal.register", new
        {
            verb = "signal.register", title = "Departure deadline ignores hospital stays", description = "The deadline runs on while a child is in hospital.",
            category = "hardheid-wet-regelgeving", owner = Sanne, due = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), casus = reference,
        }, form.MessageId);
        Assert.Contains("SG-", registered.GetRawText());

        var card = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => c.GetRawText().Contains("signal.close", StringComparison.Ordinal)));
        var data = JsonNode.Parse(card.AdaptiveCards.Single().GetRawText())!["refresh"]!["action"]!["data"]!;
        var signal = JsonNode.Parse(card.AdaptiveCards.Single().GetRawText())!;
        var closed = await playground.InvokeAsync("signal.close", new
        {
            verb = "signal.close", signalId = data["signalId"]!.GetValue<string>(), version = VersionOf(signal),
            resolution = "opgelost-uitvoeringsregels", resolutionText = "The work instruction now allows more time during a hospital stay.",
        }, card.MessageId);

        Assert.Contains("Closed", closed.GetRawText());
        var feedback = await playground.WaitForMessageAsync(m => m.Text?.Contains($"Feedback on your case {reference}", StringComparison.Ordinal) == true);
        Assert.Contains("more time during a hospital stay", feedback.Text);
    }

    private static async Task<string> RaiseAnonymousCasusAsync(PlaygroundHarness playground)
    {
        await playground.SendTextAsync("new case");
        await playground.WaitForMessageAsync(m => m.Text?.Contains("Tell me in your own words", StringComparison.Ordinal) == true);
        foreach (var (text, next) in new[]
        {
            ("A mother with two young children has to leave the reception centre within four weeks, while her youngest is in hospital for surgery. " +
             "She told me she has nowhere to go. The rules leave no room for a delay, but this chafes with the human dimension and I do not know what to do.", "What have you tried"),
            ("Discussed it with my team leader.", "What would you like your case to achieve"),
            ("1", "Is it urgent"),
            ("none", "Which organisation"),
            ("IND, Asylum and Protection", "Who may know"),
        })
        {
            await playground.SendTextAsync(text);
            await playground.WaitForMessageAsync(m => m.Text?.Contains(next, StringComparison.Ordinal) == true);
        }
        await playground.SendTextAsync("3");
        var summary = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => c.GetRawText().Contains("intake.submit", StringComparison.Ordinal)));
        await playground.InvokeAsync("intake.submit", new { verb = "intake.submit", confirm = "submit" }, summary.MessageId);
        var reference = $"CS-{DateTime.UtcNow.Year}-0001";
        await playground.WaitForMessageAsync(m => m.Text?.Contains(reference, StringComparison.Ordinal) == true);
        return reference;
    }

    // The version the card shows: a new signal's first button is "Pick up", an Action.Execute carrying it.
    private static long VersionOf(JsonNode card) => card["actions"]![0]!["data"]!["version"]!.GetValue<long>();
}
