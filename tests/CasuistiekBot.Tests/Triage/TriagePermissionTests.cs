using CasuistiekBot.Cases;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Triage;

/// <summary>Tampered and unauthorised card actions are refused with a clear message and change nothing.</summary>
public sealed class TriagePermissionTests
{
    public static TheoryData<string, string, string> Refusals => new()
    {
        { "a frontline employee triages", "triage.spreekuur", "Alleen coördinatoren kunnen dit doen." },
        { "a frontline employee rejects", "triage.reject", "Alleen coördinatoren kunnen dit doen." },
        { "a frontline employee asks", "triage.ask", "Alleen coördinatoren kunnen dit doen." },
        { "a forged casus id", "triage.spreekuur:forged-id", "bestaat niet" },
        { "an unknown casus", "triage.spreekuur:unknown-id", "bestaat niet" },
        { "a stale card version", "triage.spreekuur:stale", "al besloten" },
        { "a route that is not offered", "triage.refer:bad-route", "routes uit de lijst" },
        { "the spreekuur as a referral", "triage.refer:spreekuur", "routes uit de lijst" },
        { "a rejection without motivation", "triage.reject:no-motivation", "Vul eerst" },
        { "a verb no card offers", "triage.delete", "niet (meer) beschikbaar" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_action_changes_nothing(string @case, string what, string expected)
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var (casusId, version) = TriageKit.Ids(await TriageKit.SubmitCasusAsync(app));
        var parts = what.Split(':');
        var (who, name) = @case.StartsWith("a frontline", StringComparison.Ordinal) ? ("00000000-0000-4000-8000-000000000101", "Test Gebruiker") : (TriageKit.Coordinator1, "Pieter Jansen");
        object data = (parts.ElementAtOrDefault(1)) switch
        {
            "forged-id" => new { casusId = "'; DROP TABLE cases; --", version },
            "unknown-id" => new { casusId = Guid.NewGuid().ToString(), version },
            "stale" => new { casusId, version = version + 5 },
            "bad-route" => new { casusId, version, route = "bestaat-niet", motivation = "x" },
            "spreekuur" => new { casusId, version, route = "spreekuur", motivation = "x" },
            "no-motivation" => new { casusId, version, reason = "  " },
            _ => new { casusId, version, question = "Waarom?", motivation = "Omdat.", reason = "Omdat." },
        };

        var response = await app.PostAsync(app.ClickAs(parts[0], data, who, name));

        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(CasusStatus.Submitted, (await db.Set<Casus>().SingleAsync()).Status);
        Assert.Equal(0, await db.Set<TriageDecision>().CountAsync());
        Assert.Equal(0, await db.Set<CasusQuestion>().CountAsync());
    }
}
