using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.EndToEnd;

/// <summary>Raising a casus through the real Agents Playground (locale en-US), from the first message to the reference.</summary>
public sealed class PlaygroundIntakeTests
{
    private const string Story =
        "A mother with two young children has to leave the reception centre within four weeks, while her youngest is in hospital " +
        "for surgery. Mrs Haddad told me she has nowhere to go. The rules leave no room for a delay, but this chafes with the " +
        "human dimension and I do not know what to do.";

    [RequiresServiceFact("CASUISTIEK_TEST_NODE")]
    public async Task A_casus_raised_in_the_playground_gets_its_reference()
    {
        await using var playground = await PlaygroundHarness.StartAsync();

        await playground.SendTextAsync("new case");
        await playground.WaitForMessageAsync(m => m.Text?.Contains("Tell me in your own words", StringComparison.Ordinal) == true);

        await playground.SendTextAsync(Story);
        var replaced = await playground.WaitForMessageAsync(m => m.Text?.Contains("[NAAM-1]", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("Haddad", replaced.Text);
        await playground.WaitForMessageAsync(m => m.Text?.Contains("What have you tried", StringComparison.Ordinal) == true);

        await Answer(playground, "Discussed it with my team leader.", "What would you like your case to achieve");
        await Answer(playground, "1", "Is it urgent");
        await Answer(playground, "none", "Which organisation");
        await Answer(playground, "IND, Asylum and Protection", "Who may know");
        await playground.SendTextAsync("2");
        var summary = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => c.GetRawText().Contains("intake.submit", StringComparison.Ordinal)));
        Assert.Contains("[NAAM-1]", summary.AdaptiveCards.Single().GetRawText());

        var answer = await playground.InvokeAsync("intake.submit", new { verb = "intake.submit", confirm = "submit" }, summary.MessageId);

        var reference = $"CS-{DateTime.UtcNow.Year}-0001";
        Assert.Contains($"Submitted as {reference}", answer.GetRawText());
        var ack = await playground.WaitForMessageAsync(m => m.Text?.Contains(reference, StringComparison.Ordinal) == true);
        Assert.Contains("What happens next", ack.Text);
        Assert.DoesNotContain(playground.Messages, m => (m.Text ?? "").Contains("Haddad", StringComparison.Ordinal)
            || m.AdaptiveCards.Any(c => c.GetRawText().Contains("Haddad", StringComparison.Ordinal)));
    }

    private static async Task Answer(PlaygroundHarness playground, string text, string expectedQuestion)
    {
        await playground.SendTextAsync(text);
        await playground.WaitForMessageAsync(m => m.Text?.Contains(expectedQuestion, StringComparison.Ordinal) == true);
    }
}
