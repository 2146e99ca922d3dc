using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Signals;

/// <summary>
/// "Wet of regeling wijzigen" on the signal card: the owner and a signal keeper set the law (from Policy:Laws only) and
/// the "mogelijk (indirect) discriminerend" flag, with the card's version check; a tampered card and anyone else are refused.
/// </summary>
public sealed class SignalLawTests
{
    private const string Keeper = "00000000-0000-4000-8000-0000000000e5";

    private static string Plain(System.Text.Json.Nodes.JsonNode body) =>
        body["value"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public async Task The_owner_and_a_keeper_change_the_law_and_flag_and_a_tampered_card_or_a_stranger_is_refused()
    {
        await using var app = await SignalKit.StartAsync(extra: new Dictionary<string, string?> { ["Roles:SignalKeepers:0"] = Keeper });
        var signal = await SignalKit.RegisterAsync(app);

        var card = Plain(await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.refresh", signal, trigger: "automatic"));
        Assert.Contains("\"verb\":\"signal.law\"", card);
        Assert.Contains("Wet of regeling wijzigen", card);

        var saved = Plain(await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.law", signal, new { law = "vreemdelingenwet 2000", discriminatory = "true" }));
        var afterOwner = await SignalKit.ReloadAsync(app, signal.Id);
        Assert.Equal(("Vreemdelingenwet 2000", true, signal.Version + 1), (afterOwner.Law, afterOwner.PossiblyDiscriminatory, afterOwner.Version));
        Assert.Contains("Vreemdelingenwet 2000 · Mogelijk (indirect) discriminerend", saved);

        // An old copy of the card (the version before) changes nothing and gets the current card back.
        var stale = Plain(await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.law", signal, new { law = "Participatiewet", discriminatory = "false" }));
        Assert.Equal("Vreemdelingenwet 2000", (await SignalKit.ReloadAsync(app, signal.Id)).Law);
        Assert.Contains("Vreemdelingenwet 2000", stale);

        var unknown = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.law", afterOwner, new { law = "Wet op de kansspelen", discriminatory = "false" });
        var badFlag = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.law", afterOwner, new { law = "Participatiewet", discriminatory = "misschien" });
        var stranger = await SignalKit.ClickAsync(app, SignalKit.Outsider, "signal.law", afterOwner, new { law = "Participatiewet", discriminatory = "false" });
        Assert.Contains("Kies een wet of regeling uit de lijst", SignalKit.Text(unknown));
        Assert.Contains("Deze kaart is niet in orde", SignalKit.Text(badFlag));
        Assert.DoesNotContain("Participatiewet", stranger.ToJsonString());
        Assert.Equal(("Vreemdelingenwet 2000", true, afterOwner.Version), (await SignalKit.ReloadAsync(app, signal.Id) is var s ? (s.Law, s.PossiblyDiscriminatory, s.Version) : default));

        var byKeeper = Plain(await SignalKit.ClickAsync(app, Keeper, "signal.law", afterOwner, new { law = "Participatiewet", discriminatory = "false" }));
        var afterKeeper = await SignalKit.ReloadAsync(app, signal.Id);
        Assert.Equal(("Participatiewet", false), (afterKeeper.Law, afterKeeper.PossiblyDiscriminatory));
        Assert.Contains("\"verb\":\"signal.law\"", byKeeper);
        Assert.Equal(afterOwner.LastOwnerUpdateAt, afterKeeper.LastOwnerUpdateAt);

        await using var db = await IntakeTranscriptTests.Db(app);
        var audit = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.SubjectId == signal.Reference && a.Action == "wet").Select(a => new { a.Actor, a.Details }).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, a => a.Details == "Vreemdelingenwet 2000; mogelijk discriminerend");
        Assert.Contains(audit, a => a.Details == "Participatiewet");
    }
}
