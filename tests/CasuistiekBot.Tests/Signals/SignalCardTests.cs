using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Signals;

public sealed class SignalCardTests
{
    [Fact]
    public async Task A_registered_signal_reaches_its_owner_as_a_card_with_the_actions_still_possible_and_a_refresh_for_owner_and_coordinators()
    {
        await using var app = await SignalKit.StartAsync();
        await SignalKit.SayAsync(app, TriageKit.Coordinator1, "Coördinator", "help");

        var signal = await SignalKit.RegisterAsync(app);

        var card = TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner), a => TriageKit.CardJson(a).Contains(signal.Reference)));
        Assert.Contains("Vertrektermijn loopt door bij ziekenhuisopname", card);
        foreach (var verb in new[] { "signal.pickup", "signal.update", "signal.transfer", "signal.snooze", "signal.close" }) Assert.Contains($"\"verb\":\"{verb}\"", card);
        Assert.DoesNotContain("signal.accept", card);
        Assert.Contains("\"verb\":\"signal.refresh\"", card);
        Assert.Contains("\"29:" + SignalKit.Owner + "\"", card);
        Assert.Contains("\"29:" + TriageKit.Coordinator1 + "\"", card);
        Assert.Contains("Sanne de Vries", card);   // a person to transfer to
    }

    [Fact]
    public async Task Picking_up_shows_the_new_state_and_a_second_click_on_the_old_card_gets_the_current_card_without_acting_twice()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);

        var first = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.pickup", signal);
        var second = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.pickup", signal);

        Assert.Contains("Opgepakt", SignalKit.Card(first));
        Assert.DoesNotContain("signal.pickup", SignalKit.Card(first));
        Assert.Equal(SignalKit.Card(first), SignalKit.Card(second));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.SubjectId == signal.Reference && a.Action == "opgepakt"));
        Assert.Equal(2, (await SignalKit.ReloadAsync(app, signal.Id)).Version);
    }

    [Fact]
    public async Task The_owner_card_is_updated_in_place_after_a_change()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        var chat = SignalKit.ChatOf(SignalKit.Owner);
        await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains(signal.Reference));

        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.update", signal, new { note = "Besproken met Beleid; voorstel volgt." });

        var updated = await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("voorstel volgt"));
        Assert.Contains("· status bijgewerkt", TriageKit.CardJson(updated));   // the history shows the change it announces
        Assert.Contains("· geregistreerd", TriageKit.CardJson(updated));
        var requests = app.Connector.Requests.Where(r => r.ConversationId == chat && r.Activity is { } a && TriageKit.CardJson(a).Contains(signal.Reference)).Select(r => r.Method).ToList();
        Assert.Equal(["POST", "PUT"], requests);
    }

    [Fact]
    public async Task Teams_refresh_gives_each_viewer_their_own_view_and_nobody_else_sees_the_signal()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);

        var owner = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.refresh", signal, trigger: "automatic");
        var coordinator = await SignalKit.ClickAsync(app, TriageKit.Coordinator1, "signal.refresh", signal, trigger: "automatic");
        var outsider = await SignalKit.ClickAsync(app, SignalKit.Outsider, "signal.refresh", signal, trigger: "automatic");

        Assert.Contains("signal.close", SignalKit.Card(owner));
        Assert.Contains(signal.Reference, SignalKit.Card(coordinator));
        Assert.DoesNotContain("signal.close", SignalKit.Card(coordinator));
        Assert.Equal("Dit signaal is niet voor jou zichtbaar.", SignalKit.Text(outsider));
    }

    [Fact]
    public async Task Only_the_owner_acts_and_invalid_transitions_are_refused_with_a_clear_message()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);

        var byCoordinator = await SignalKit.ClickAsync(app, TriageKit.Coordinator1, "signal.close", signal,
            new { resolution = "uitgezocht-afgedaan", resolutionText = "Klaar." });
        var noMotivation = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", signal,
            new { resolution = "niet-overgenomen", resolutionText = "We nemen dit niet over." });
        var noText = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", signal, new { resolution = "uitgezocht-afgedaan", resolutionText = " " });

        Assert.Equal("Dit signaal is niet aan jou toegewezen, dus je kunt het niet wijzigen.", SignalKit.Text(byCoordinator));
        Assert.Equal("Bij 'niet overgenomen' hoort een motivering.", SignalKit.Text(noMotivation));
        Assert.Contains("in gewone taal", SignalKit.Text(noText));
        Assert.Equal(SignalStatus.New, (await SignalKit.ReloadAsync(app, signal.Id)).Status);
    }

    [Fact]
    public async Task Snoozing_is_limited_to_the_configured_maximum()
    {
        await using var app = await SignalKit.StartAsync(extra: new Dictionary<string, string?> { ["Reminders:MaxSnooze"] = "10.00:00:00" });
        var signal = await SignalKit.RegisterAsync(app);

        var tooLong = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.snooze", signal, new { days = "15" });
        var fine = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.snooze", signal, new { days = "5" });

        Assert.Contains("niet uitstellen", SignalKit.Text(tooLong));
        Assert.Contains("Volgende herinnering niet voor", SignalKit.Card(fine));
        Assert.DoesNotContain("\"value\":\"15\"", SignalKit.Card(fine));
        Assert.NotNull((await SignalKit.ReloadAsync(app, signal.Id)).SnoozedUntil);
    }

    [Fact]
    public async Task A_click_on_an_old_reminder_card_after_a_newer_change_gets_the_current_card_and_changes_nothing()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.update", signal, new { note = "Eerste stand." });

        var stale = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", signal,
            new { resolution = "uitgezocht-afgedaan", resolutionText = "Klaar." }, version: signal.Version);

        Assert.Contains("Eerste stand.", SignalKit.Card(stale));
        Assert.Contains("signal.close", SignalKit.Card(stale));
        Assert.Equal(SignalStatus.InProgress, (await SignalKit.ReloadAsync(app, signal.Id)).Status);
    }

    [Fact]
    public async Task Two_clicks_at_the_same_moment_act_once()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);

        var bodies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SignalKit.ClickAsync(app, SignalKit.Owner, "signal.pickup", signal)));

        Assert.All(bodies, body => Assert.Contains("Opgepakt", SignalKit.Card(body)));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.SubjectId == signal.Reference && a.Action == "opgepakt"));
        Assert.Equal(2, (await SignalKit.ReloadAsync(app, signal.Id)).Version);
    }
}
