using System.Text.Json;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.EndToEnd;

/// <summary>
/// A signal reported directly by an employee, through the real Agents Playground (locale en-US): the current user
/// reports it with "report signal", and (being the signal keeper and an MT member too) accepts it from the keeper's
/// triage card and assigns it to themselves, hands it to a behandelaar (Joost, another Playground user) from the owner
/// card; Joost closes it from the working card in his own chat, and the reporter hears the outcome.
/// </summary>
public sealed class PlaygroundSignalReportTests
{
    private const string Sanne = "7d3c1a52-5b8e-4f0a-9c61-2e4b8a1f0001";
    private const string Joost = "7d3c1a52-5b8e-4f0a-9c61-2e4b8a1f0004";

    [RequiresServiceFact("CASUISTIEK_TEST_NODE")]
    public async Task An_employee_reports_a_signal_the_keeper_assigns_it_a_behandelaar_closes_it_and_the_reporter_hears_the_outcome()
    {
        var directory = Path.Combine(Directory.CreateTempSubdirectory("casuistiek-directory-").FullName, "directory.json");
        await File.WriteAllTextAsync(directory, JsonSerializer.Serialize(new object[]
        {
            new { aadObjectId = Sanne, name = "Sanne de Vries", email = "sanne.devries@casuistiek.example", orgUnit = "IND, Directie Asiel en Bescherming",
                roles = new[] { "mt-lid" }, tags = Array.Empty<string>(), mt = "MT Asiel en Bescherming", maxPanelsPerMonth = 3 },
            new { aadObjectId = Joost, name = "Joost Bakker", email = "joost.bakker@casuistiek.example", orgUnit = "IND, Directie Asiel en Bescherming",
                roles = new[] { "inhoudsdeskundige" }, tags = Array.Empty<string>(), maxPanelsPerMonth = 2 },
        }));
        await using var playground = await PlaygroundHarness.StartAsync(new PlaygroundOptions
        {
            BotEnvironment = new Dictionary<string, string>
            {
                ["Roles__SignalKeepers__0"] = Sanne,
                ["Expertise__SeedFile"] = directory,
            },
        });

        await playground.SendTextAsync("report signal");
        var form = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => CardReader.Offers(c, "signal.report")));
        var reported = await playground.InvokeAsync("signal.report", CardReader.Press(form.AdaptiveCards.Single(), "signal.report", new
        {
            what = "The departure deadline runs on while a family member is in hospital. That is unworkable.",
            rule = "Aliens Decree 2000, article 6.1", example = "A father had to leave while his daughter was having surgery.",
        }), form.MessageId);
        var reference = $"SG-{DateTime.UtcNow.Year}-0001";
        Assert.Contains(reference, reported.GetRawText());

        var triage = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => CardReader.Offers(c, "signal.intake.accept")));
        var accepted = await playground.InvokeAsync("signal.intake.accept", CardReader.Press(triage.AdaptiveCards.Single(), "signal.intake.accept", new
        {
            owner = Sanne, category = "hardheid-wet-regelgeving", due = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        }), triage.MessageId);
        Assert.Contains("Accepted; the owner is Sanne de Vries.", accepted.GetRawText());
        await playground.WaitForMessageAsync(m => m.Text?.Contains($"Your signal {reference}", StringComparison.Ordinal) == true && m.Text.Contains("taken up", StringComparison.Ordinal));

        var owner = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => CardReader.Offers(c, "signal.handler.assign")));
        var assigned = await playground.InvokeAsync("signal.handler.assign", CardReader.Press(owner.AdaptiveCards.Single(), "signal.handler.assign", new
        {
            handler = Joost,
        }), owner.MessageId);
        Assert.Contains("Joost Bakker", assigned.GetRawText());

        var working = await WorkingCardOfAsync(playground, Joost);
        await playground.InvokeAsync("signal.close", CardReader.Press(working.AdaptiveCards.Single(), "signal.close", new
        {
            resolution = "opgelost-uitvoeringsregels", resolutionText = "The work instruction now allows more time during a hospital stay.",
        }), working.MessageId, userId: Joost, conversationId: working.ConversationId);

        // The outcome as the reporter reads it (the earlier "taken up" message also says "when it has been dealt with").
        var feedback = await playground.WaitForMessageAsync(m => m.Text?.Contains("more time during a hospital stay", StringComparison.Ordinal) == true);
        Assert.Contains(reference, feedback.Text);
        Assert.Equal(playground.Config.PersonalChat.Id, feedback.ConversationId);
    }

    /// <summary>The working card the bot sent to the behandelaar's own 1:1 chat (read from the Playground's connector, which keeps other users' chats).</summary>
    private static async Task<PlaygroundMessage> WorkingCardOfAsync(PlaygroundHarness playground, string person)
    {
        var seen = new HashSet<string>();
        while (true)
        {
            var next = await playground.WaitForDeliveryAsync(m => m.AdaptiveCards.Any(c => CardReader.Offers(c, "signal.close"))
                && m.ConversationId != playground.Config.PersonalChat.Id && !seen.Contains(m.ConversationId));
            if ((await playground.MembersAsync(next.ConversationId)).SequenceEqual([person])) return next;
            seen.Add(next.ConversationId);
        }
    }
}
