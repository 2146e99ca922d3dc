using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Policy;

/// <summary>The law and the discrimination flag over the wire: suggested, chosen, refused when tampered, exported.</summary>
public sealed class PolicyTranscriptTests
{
    private const string Story = "Een moeder vraagt een verlenging aan voor haar gezin, maar volgens de Vw 2000 moet ik afwijzen. Het gezin woont hier al twaalf jaar. Dat schuurt met de menselijke maat.";

    [Fact]
    public async Task A_coordinator_sets_the_law_and_flag_on_the_triage_card_and_a_law_not_on_the_list_is_refused()
    {
        await using var app = await SignalKit.StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app, "1", Story);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var card = await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("triage.spreekuur"));
        var json = TriageKit.CardJson(card);
        Assert.Contains("De tekst noemt Vreemdelingenwet 2000", json);
        Assert.Contains("Participatiewet", json);
        var (casusId, version) = TriageKit.Ids(card);

        var (tampered, _) = await SessionKit.ClickAsync(app, "triage.law", new { casusId, version, law = "Wet op de kansspelen", discriminatory = "true" });
        Assert.Contains("Kies een wet of regeling uit de lijst", tampered.ToJsonString());
        Assert.Equal((null, false), await PolicyOfAsync(app));

        var (outsider, _) = await SessionKit.ClickAsync(app, "triage.law", new { casusId, version, law = "Jeugdwet", discriminatory = "true" }, SignalKit.Outsider, "Olaf Buiten");
        Assert.DoesNotContain("opgeslagen", outsider.ToJsonString());
        Assert.Equal((null, false), await PolicyOfAsync(app));

        var (saved, _) = await SessionKit.ClickAsync(app, "triage.law", new { casusId, version, law = "Vreemdelingenwet 2000", discriminatory = "true" });
        Assert.Contains("opgeslagen", saved.ToJsonString());
        Assert.Equal(("Vreemdelingenwet 2000", true), await PolicyOfAsync(app));
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Wet of regeling: Vreemdelingenwet 2000 · mogelijk (indirect) discriminerend"));
    }

    [Fact]
    public async Task The_new_signal_form_stores_the_law_refuses_a_tampered_one_and_the_export_has_both_columns()
    {
        await using var app = await SignalKit.StartAsync();
        await SignalKit.SayAsync(app, TriageKit.Coordinator1, "Coördinator", "nieuw signaal");
        var form = JsonNode.Parse(TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(TriageKit.Coordinator1), a => TriageKit.CardJson(a).Contains("signal.register"))))!;
        Assert.Contains("Wet justitiële en strafvorderlijke gegevens", form.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Dictionary<string, object?> Filled(string law) => SessionKit.Inputs(form, SignalVerbs.Register, new
        {
            title = "Leges bij nareis", description = "De leges zijn niet op te brengen.", category = SignalCategory.HarshRules,
            owner = SignalKit.Owner, due = SessionKit.Day(40), law, discriminatory = "true",
        });

        var (tampered, _) = await SessionKit.ClickAsync(app, SignalVerbs.Register, Filled("Wet op de kansspelen"));
        Assert.Contains("Kies een wet of regeling uit de lijst", tampered.ToJsonString());
        await using (var db = await IntakeTranscriptTests.Db(app)) Assert.Empty(await db.Set<Signal>().ToListAsync());

        await SessionKit.ClickAsync(app, SignalVerbs.Register, Filled("Participatiewet"));
        await app.DeliverAllAsync();
        Assert.Contains(TriageKit.SentTo(app, SignalKit.ChatOf(SignalKit.Owner)), a => TriageKit.CardJson(a).Contains("Participatiewet · Mogelijk (indirect) discriminerend"));
        var csv = new StringWriter();
        await app.Services.GetRequiredService<SignalExport>().WriteAsync("csv", csv, CancellationToken.None);
        var lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.EndsWith(",law,possibly_discriminatory,awaiting_keeper", lines[0]);
        Assert.EndsWith(",Participatiewet,true,false", lines[1]);
    }

    private static async Task<(string?, bool)> PolicyOfAsync(BotApp app)
    {
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        return (casus.Law, casus.PossiblyDiscriminatory);
    }
}
