using System.Text.Json;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.EndToEnd;

/// <summary>
/// A signal reported directly by an employee, through the real Agents Playground (locale en-US): the current user
/// reports it with "report signal", and (being the signal keeper and an MT member too) accepts it from the keeper's
/// triage card and assigns it to themselves, closes it from the owner card, and as the reporter hears the outcome.
/// </summary>
public sealed class PlaygroundSignalReportTests
{
    private const string Sanne = "7d3c1a52-5b8e-4f0a-9c61-2e4b8a1f0001";

    [RequiresServiceFact("CASUISTIEK_TEST_NODE")]
    public async Task An_employee_reports_a_signal_the_keeper_assigns_it_the_owner_closes_it_and_the_reporter_hears_the_outcome()
    {
        var directory = Path.Combine(Directory.CreateTempSubdirectory("casuistiek-directory-").FullName, "directory.json");
        await File.WriteAllTextAsync(directory, JsonSerializer.Serialize(new[]
        {
            new { aadObjectId = Sanne, name = "Sanne de Vries", email = "sanne.devries@casuistiek.example", orgUnit = "IND, Directie Asiel en Bescherming",
                roles = new[] { "mt-lid" }, tags = Array.Empty<string>(), mt = "MT Asiel en Bescherming", maxPanelsPerMonth = 3 },
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

        var card = await playground.WaitForMessageAsync(m => m.AdaptiveCards.Any(c => CardReader.Offers(c, "signal.close")));
        await playground.InvokeAsync("signal.close", CardReader.Press(card.AdaptiveCards.Single(), "signal.close", new
        {
            resolution = "opgelost-uitvoeringsregels", resolutionText = "The work instruction now allows more time during a hospital stay.",
        }), card.MessageId);

        var feedback = await playground.WaitForMessageAsync(m => m.Text?.Contains("has been dealt with", StringComparison.Ordinal) == true);
        Assert.Contains(reference, feedback.Text);
        Assert.Contains("more time during a hospital stay", feedback.Text);
    }
}
