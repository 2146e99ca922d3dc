using CasuistiekBot.References;
using CasuistiekBot.Cases;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Sessions;

/// <summary>"Signaal registreren" on the triage card: straight into the signal register, in the triage transaction.</summary>
public sealed class TriageSignalTests
{
    private const string Structural =
        "In de afgelopen maanden zie ik steeds meer aanvragen van kennismigranten afgewezen worden omdat hun salaris een paar euro onder de norm " +
        "zit door een indexatie halverwege het jaar. Dit raakt telkens dezelfde groep en niemand heeft dat zo bedoeld; het is hardvochtig. " +
        "Mevrouw Jansen (BSN 111222333) is er één van.";

    [Fact]
    public async Task A_coordinator_registers_the_casus_as_a_signal_the_card_shows_the_reference_and_the_author_hears_who_owns_it()
    {
        await using var app = await SessionKit.StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app, "3", Structural);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var triage = System.Text.Json.Nodes.JsonNode.Parse(TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("triage.signal"))))!;
        Assert.Contains("Signaal registreren (geadviseerd)", triage.ToJsonString());
        Assert.Contains("Marieke Visser", triage.ToJsonString());
        Assert.DoesNotContain("Joost Bakker", triage.ToJsonString());   // not an MT member or DG
        Assert.DoesNotContain("\"value\":\"signaal-beleid\"", triage.ToJsonString());   // not a plain referral

        var (answer, raw) = await SessionKit.ClickAsync(app, "triage.signal", SessionKit.Inputs(triage, "triage.signal", new
        {
            signalTitle = "Indexatie salariseis treft kennismigranten", signalDescription = Structural, signalCategory = SignalCategory.HarshRules,
            signalOwner = "hendrik", signalDue = SessionKit.Day(30),
        }));

        var reference = $"SG-{DateTime.UtcNow.Year}-0001";
        Assert.Contains($"als signaal {reference}, eigenaar Hendrik van den Berg (DG Migratie)", raw);
        Assert.False(SessionKit.Offers(SessionKit.Card(answer)!, "triage.signal"));
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains(reference) && !c.Contains("triage.spreekuur"));
        var message = (await TriageKit.WaitForAuthorMessageAsync(app, m => m.Text?.Contains(reference) == true)).Text!;
        Assert.Contains("signalenregister", message);
        Assert.Contains("Eigenaar is Hendrik van den Berg", message);

        await using var db = await IntakeTranscriptTests.Db(app);
        var casus = await db.Set<Casus>().SingleAsync();
        var signal = await db.Set<Signal>().SingleAsync();
        Assert.Equal(CasusStatus.Referred, casus.Status);
        Assert.Equal((reference, SessionKit.DirectorGeneral, casus.Id), (signal.Reference, signal.OwnerAadObjectId, signal.SourceCasusId!.Value));
        Assert.Contains("[BSN-1]", signal.Description);
        Assert.DoesNotContain("111222333", signal.Description);
        var decision = await db.Set<TriageDecision>().SingleAsync();
        Assert.Equal((TriageDecisions.Signal, "signaal-beleid"), (decision.Decision, decision.Route));
        var entry = await db.Set<AuditEntry>().SingleAsync(a => a.Action == "als-signaal-geregistreerd");
        Assert.Equal((TriageKit.Coordinator1, casus.Reference, reference), (entry.Actor, entry.SubjectId, entry.Details));
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.SubjectId == reference && a.Action == "geregistreerd"));
    }

    [Fact]
    public async Task A_refused_signal_form_leaves_the_casus_open_and_takes_no_reference()
    {
        await using var app = await SessionKit.StartAsync();
        var triage = System.Text.Json.Nodes.JsonNode.Parse(TriageKit.CardJson(await TriageKit.SubmitCasusAsync(app)))!;
        // The form is there, advised or not ("Signaal registreren (geadviseerd)" when the advice names the signal route).
        Assert.Contains("\"title\":\"Signaal registreren", triage.ToJsonString());

        var (_, ambiguous) = await SessionKit.ClickAsync(app, "triage.signal", SessionKit.Inputs(triage, "triage.signal", new
        {
            signalTitle = "Titel", signalCategory = SignalCategory.Ict, signalOwner = "e", signalDue = SessionKit.Day(5),
        }));
        var (_, past) = await SessionKit.ClickAsync(app, "triage.signal", SessionKit.Inputs(triage, "triage.signal", new
        {
            signalTitle = "Titel", signalCategory = SignalCategory.Ict, signalOwner = SessionKit.Manager, signalDue = SessionKit.Day(-2),
        }));

        Assert.Contains("past bij meer mensen: Hendrik van den Berg, Marieke Visser", ambiguous);
        Assert.Contains("van vandaag of later", past);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(CasusStatus.Submitted, (await db.Set<Casus>().SingleAsync()).Status);
        Assert.Equal(0, await db.Set<Signal>().CountAsync());
        Assert.Equal(0, await db.Set<SignalCounter>().SumAsync(c => c.LastNumber));
    }
}
