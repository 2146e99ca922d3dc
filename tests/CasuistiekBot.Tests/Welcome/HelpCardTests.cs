using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Welcome;

public sealed class HelpCardTests
{
    [Fact]
    public async Task Everyone_reads_how_to_find_their_signals_and_only_coordinators_read_the_coordinator_commands()
    {
        await using var app = await TriageKit.StartAsync();

        var employee = await (await app.PostAsync(app.Execute("help.show"))).Content.ReadAsStringAsync();
        var coordinator = await (await app.PostAsync(app.ClickAs("help.show", new { }, TriageKit.Coordinator1, "Pieter Jansen"))).Content.ReadAsStringAsync();

        Assert.Contains("mijn signalen", employee);
        Assert.Contains("'signaal melden'", employee);
        Assert.DoesNotContain("'uitkomst'", employee);
        Assert.Contains("mijn signalen", coordinator);
        Assert.Contains("'uitkomst'", coordinator);
        Assert.Contains("'nieuw signaal'", coordinator);
    }
}
