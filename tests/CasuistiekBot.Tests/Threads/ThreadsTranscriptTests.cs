using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using CasuistiekBot.Threads;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Threads;

/// <summary>
/// Rode draden over the wire: similar cases are named on the triage card, the third similar casus without a signal
/// prompts the coordinators once (a fourth does not), and the prompt's button opens the new-signal form linking them.
/// </summary>
public sealed class ThreadsTranscriptTests
{
    // Stories the intake reads in one go (it then asks what was tried, the wish, a date, the unit and visibility).
    private static readonly string[] Stories =
    [
        "Een moeder vraagt nareis aan voor haar man en twee kinderen, maar zij kan de leges niet betalen. De aanvraag wordt buiten behandeling gesteld. Dat schuurt met de menselijke maat.",
        "Een vader vraagt nareis aan voor zijn vrouw en drie kinderen, maar hij kan de leges niet betalen. De aanvraag wordt buiten behandeling gesteld. Dat schuurt met de menselijke maat.",
        "Een statushouder vraagt nareis aan voor zijn vrouw en twee kinderen, maar hij kan de leges niet betalen. De aanvraag wordt buiten behandeling gesteld. Dat schuurt met de menselijke maat.",
        "Een moeder vraagt nareis aan voor haar drie kinderen, maar zij kan de leges echt niet betalen. Ook die aanvraag wordt buiten behandeling gesteld. Dat schuurt met de menselijke maat.",
    ];

    private static int Year => DateTime.UtcNow.Year;

    [Fact]
    public async Task Similar_cases_are_named_on_the_triage_card_and_the_third_prompts_the_coordinators_once()
    {
        await using var app = await SignalKit.StartAsync();
        var first = await SubmitAsync(app, Stories[0]);
        Assert.DoesNotContain("Lijkt op", first);

        var second = await SubmitAsync(app, Stories[1]);
        Assert.Contains($"Lijkt op CS-{Year}-0001", second);
        Assert.Empty(Prompts(app));

        var third = await SubmitAsync(app, Stories[2]);
        Assert.Contains($"Lijkt op CS-{Year}-0001 en CS-{Year}-0002", third);
        var prompt = Assert.Single(Prompts(app));
        Assert.Contains($"CS-{Year}-0003 lijkt op CS-{Year}-0001 en CS-{Year}-0002", prompt);

        await SubmitAsync(app, Stories[3]);
        Assert.Single(Prompts(app));

        // The prompt's button opens the new-signal form, filled in; registering it links every casus to the signal.
        var (body, _) = await SessionKit.ClickAsync(app, ThreadsVerbs.Raise, SessionKit.Data(JsonNode.Parse(prompt)!, ThreadsVerbs.Raise).ToDictionary(p => p.Key, p => (object?)p.Value?.ToString()));
        var form = SessionKit.Card(body) ?? throw new InvalidOperationException(body.ToJsonString());
        var data = SessionKit.Inputs(form, SignalVerbs.Register, new
        {
            title = "Leges nareis", description = "Drie casussen over leges bij nareis.", category = SignalCategory.HarshRules, owner = SignalKit.Owner,
            due = SessionKit.Day(40), casus = Value(form, "casus"), law = "Vreemdelingenwet 2000", discriminatory = "true",
        });
        Assert.Equal($"CS-{Year}-0003", data["casus"]);
        Assert.Equal($"CS-{Year}-0001,CS-{Year}-0002", data["linked"]);
        await SessionKit.ClickAsync(app, SignalVerbs.Register, data);

        await using var db = await IntakeTranscriptTests.Db(app);
        var signal = await db.Set<Signal>().SingleAsync();
        Assert.Equal(("Vreemdelingenwet 2000", true), (signal.Law, signal.PossiblyDiscriminatory));
        var linked = await ThreadLinks.OfAsync(db, signal.Id, CancellationToken.None);
        Assert.Equal([$"CS-{Year}-0001", $"CS-{Year}-0002", $"CS-{Year}-0003"], linked.Select(l => l.Reference));
    }

    [Fact]
    public async Task A_coordinator_links_and_unlinks_by_hand_and_an_anonymous_author_is_never_named()
    {
        await using var app = await SignalKit.StartAsync();
        await SubmitAsync(app, IntakeTranscriptTests.Story, visibility: "3");
        var card = await SubmitAsync(app, Stories[0], visibility: "3");
        Assert.DoesNotContain("Lijkt op", card);
        var ids = TriageKit.Ids(TriageKit.ChannelActivities(app)[^1]);

        var (answer, _) = await SessionKit.ClickAsync(app, "triage.link", new { casusId = ids.CasusId, version = ids.Version, reference = $"cs-{Year}-0001" });
        Assert.Contains($"CS-{Year}-0001", answer.ToJsonString());
        var linkedCard = await TriageKit.WaitForChannelCardAsync(app, c => c.Contains($"Lijkt op CS-{Year}-0001"));
        Assert.DoesNotContain(app.Message("x").From!.Name!, TriageKit.CardJson(linkedCard));

        await SessionKit.ClickAsync(app, "triage.unlink", new { casusId = ids.CasusId, version = ids.Version, other = $"CS-{Year}-0001" });
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Empty(await db.Set<ThreadLink>().ToListAsync());

        var (refused, _) = await SessionKit.ClickAsync(app, "triage.link", new { casusId = ids.CasusId, version = ids.Version, reference = $"CS-{Year}-0001" }, SignalKit.Outsider, "Olaf Buiten");
        Assert.DoesNotContain("Gekoppeld", refused.ToJsonString());
        Assert.Empty(await db.Set<ThreadLink>().ToListAsync());
    }

    private static async Task<string> SubmitAsync(BotApp app, string story, string visibility = "1")
    {
        var before = TriageKit.ChannelActivities(app).Count;
        await IntakeTranscriptTests.RaiseToSummaryAsync(app, visibility, story);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        return TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("triage.spreekuur"), skip: before));
    }

    private static List<string> Prompts(BotApp app) =>
        [.. TriageKit.ChannelActivities(app).Select(TriageKit.CardJson).Where(c => c.Contains(ThreadsVerbs.Raise, StringComparison.Ordinal))];

    private static string? Value(JsonNode form, string id) => Inputs(form).FirstOrDefault(i => i["id"]?.ToString() == id)?["value"]?.ToString();

    private static IEnumerable<JsonObject> Inputs(JsonNode node) => node switch
    {
        JsonObject o => (o["id"] is not null ? [o] : Enumerable.Empty<JsonObject>()).Concat(o.Select(p => p.Value).Where(v => v is not null).SelectMany(v => Inputs(v!))),
        JsonArray a => a.Where(v => v is not null).SelectMany(v => Inputs(v!)),
        _ => [],
    };
}
