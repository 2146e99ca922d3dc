using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Signals;

/// <summary>
/// "Nieuw signaal": the form carries a nonce from when it was drawn. Two clicks and a replay once gave SG-…-0001, 0002
/// and 0003; now the form registers one signal and every repeat gets that signal's card.
/// </summary>
public sealed class NewSignalRepeatTests
{
    [Fact]
    public async Task The_same_form_sent_three_times_registers_one_signal_and_its_owner_gets_one_card()
    {
        await using var app = await SignalKit.StartAsync();
        var form = await FormAsync(app, TriageKit.Coordinator1);
        var data = Filled(form);

        var answers = new List<string>();
        for (var i = 0; i < 3; i++) answers.Add((await SessionKit.ClickAsync(app, "signal.register", data, TriageKit.Coordinator1, "Coördinator")).Raw);

        var reference = $"SG-{DateTime.UtcNow.Year}-0001";
        Assert.All(answers, a => Assert.Contains(reference, a));
        Assert.All(answers, a => Assert.DoesNotContain($"SG-{DateTime.UtcNow.Year}-0002", a));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(reference, (await db.Set<Signal>().SingleAsync()).Reference);
        await app.DeliverAllAsync();
        Assert.Single(TriageKit.SentTo(app, SignalKit.ChatOf(SignalKit.Owner)), a => TriageKit.CardJson(a).Contains(reference));
    }

    [Fact]
    public async Task Another_coordinator_sending_the_same_form_registers_their_own_signal()
    {
        await using var app = await SignalKit.StartAsync(extra: new Dictionary<string, string?> { ["Roles:Coordinators:1"] = TriageKit.Coordinator2 });
        var data = Filled(await FormAsync(app, TriageKit.Coordinator1));

        await SessionKit.ClickAsync(app, "signal.register", data, TriageKit.Coordinator1, "Coördinator");
        var (_, theirs) = await SessionKit.ClickAsync(app, "signal.register", data, TriageKit.Coordinator2, "Fatima El Amrani");

        Assert.Contains($"SG-{DateTime.UtcNow.Year}-0002", theirs);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(2, await db.Set<Signal>().CountAsync());
    }

    private static async Task<JsonNode> FormAsync(BotApp app, string coordinator)
    {
        var typed = await app.PostAsync(app.Message("nieuw signaal", SignalKit.ChatOf(coordinator)) with
        {
            From = new ChannelAccount { Id = "29:" + coordinator, AadObjectId = coordinator, Name = "Coördinator" },
        });
        typed.EnsureSuccessStatusCode();
        var card = await SignalKit.WaitForAsync(app, SignalKit.ChatOf(coordinator), a => TriageKit.CardJson(a).Contains("signal.register"));
        return JsonNode.Parse(TriageKit.CardJson(card))!;
    }

    private static Dictionary<string, object?> Filled(JsonNode form) => SessionKit.Inputs(form, "signal.register", new
    {
        verb = "signal.register", title = "Leges bij schrijnende situaties", description = "De leges zijn niet op te brengen.",
        category = SignalCategory.HarshRules, owner = SignalKit.Owner, due = SessionKit.Day(40),
    });
}
