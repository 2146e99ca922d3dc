using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.EndToEnd;

/// <summary>
/// Raising a casus through the real Agents Playground (locale en-US), from the first message to the reference, answering
/// in sentences and by tapping buttons, never by typing a number.
/// </summary>
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
        // The story says what chafes, so the next question is the wish (what was tried is optional).
        // Four wishes come as a card: the person taps one, through the Playground's own submit route.
        var wishes = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => c.GetRawText().Contains("Mainly to be heard", StringComparison.Ordinal)));
        var advice = ImBackValues(wishes.AdaptiveCards.Single()).First();
        Assert.Equal("Advice on the case", advice);
        await playground.SubmitAsync(new { msteams = new { type = "imBack", value = advice } }, wishes.MessageId);
        await playground.WaitForMessageAsync(m => m.Text?.Contains("Is it urgent", StringComparison.Ordinal) == true);

        await Answer(playground, "none", "Which organisation");
        // Three visibilities come as suggested actions on the question; tapping one posts its title as text.
        await playground.SendTextAsync("IND, Asylum and Protection");
        var question = await playground.WaitForMessageAsync(m => m.Text?.Contains("Who may know", StringComparison.Ordinal) == true);
        var suggested = question.Raw.GetProperty("message").GetProperty("suggestedActions").GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("value").GetString()!).ToList();
        Assert.Equal(["Everyone involved in the case (coordinators and the panel)", "Only the coordinators", "Nobody: I raise it anonymously"], suggested);
        await playground.SendTextAsync(suggested[1]);
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

    private static IEnumerable<string> ImBackValues(System.Text.Json.JsonElement card) =>
        card.GetProperty("body").EnumerateArray().SelectMany(set => set.GetProperty("actions").EnumerateArray())
            .Select(a => a.GetProperty("data").GetProperty("msteams").GetProperty("value").GetString()!);

    private static async Task Answer(PlaygroundHarness playground, string text, string expectedQuestion)
    {
        await playground.SendTextAsync(text);
        await playground.WaitForMessageAsync(m => m.Text?.Contains(expectedQuestion, StringComparison.Ordinal) == true);
    }
}
