using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Signals;

/// <summary>
/// The behandelaar over the wire: the owner chooses any employee from the directory on their card, the behandelaar is
/// told and gets the working card, and only the owner chooses, changes or removes a behandelaar or transfers the signal.
/// </summary>
public sealed class SignalHandlerTests
{
    private const string OwnerOnly = "Alleen de eigenaar van het signaal kan een behandelaar kiezen, wijzigen of weghalen.";

    [Fact]
    public async Task The_owner_assigns_a_behandelaar_by_e_mail_who_is_told_gets_the_working_card_and_updates_and_closes_the_signal()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);

        var ownerCard = SignalKit.Card(await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.handler.assign", signal, new { handler = "olaf.buiten@jenv.example" }));
        var assigned = await SignalKit.ReloadAsync(app, signal.Id);
        var told = await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Outsider), a => a.Text?.Contains("vraagt je om signaal") == true);
        var handlerCard = TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Outsider), a => TriageKit.CardJson(a).Contains(signal.Reference)));
        var updated = SignalKit.Card(await SignalKit.ClickAsync(app, SignalKit.Outsider, "signal.update", assigned, new { note = "Navraag gedaan bij de afdeling Beleid." }));
        var closed = SignalKit.Card(await SignalKit.ClickAsync(app, SignalKit.Outsider, "signal.close", await SignalKit.ReloadAsync(app, signal.Id),
            new { resolution = "uitgezocht-afgedaan", resolutionText = "Uitgezocht met Beleid en afgedaan." }));

        Assert.Equal((SignalKit.Outsider, "Olaf Buiten", SignalKit.Owner), (assigned.HandlerAadObjectId, assigned.HandlerName, assigned.OwnerAadObjectId));
        Assert.Contains("{\"title\":\"Behandelaar\",\"value\":\"Olaf Buiten\"}", ownerCard);
        Assert.Contains("Behandelaar wijzigen", ownerCard);
        Assert.Contains("signal.handler.remove", ownerCard);
        Assert.Contains($"Marieke Visser vraagt je om signaal {signal.Reference}", told.Text);
        Assert.Contains("Je bent behandelaar van dit signaal; Marieke Visser is eigenaar.", handlerCard);
        Assert.Contains("signal.update", handlerCard);
        Assert.Contains("signal.close", handlerCard);
        Assert.DoesNotContain("signal.transfer", handlerCard);
        Assert.DoesNotContain("signal.handler.assign", handlerCard);
        Assert.Contains("Navraag gedaan bij de afdeling Beleid.", updated);
        Assert.Contains("Afgerond", closed);
        var final = await SignalKit.ReloadAsync(app, signal.Id);
        Assert.Equal((SignalStatus.Closed, "Uitgezocht met Beleid en afgedaan."), (final.Status, final.ResolutionText));
    }

    [Fact]
    public async Task Someone_other_than_the_owner_cannot_choose_or_remove_a_behandelaar_nor_transfer_and_nothing_changes()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.handler.assign", signal, new { handler = SignalKit.Outsider });
        var assigned = await SignalKit.ReloadAsync(app, signal.Id);

        // Card actions put together by hand: the buttons are not on their cards.
        var byHandler = SignalKit.Text(await SignalKit.ClickAsync(app, SignalKit.Outsider, "signal.handler.assign", assigned, new { handler = SignalKit.Colleague }));
        var byColleague = SignalKit.Text(await SignalKit.ClickAsync(app, SignalKit.Colleague, "signal.handler.remove", assigned));
        var transfer = SignalKit.Text(await SignalKit.ClickAsync(app, SignalKit.Outsider, "signal.transfer", assigned, new { person = SignalKit.Colleague }));
        var self = SignalKit.Text(await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.handler.assign", assigned, new { handler = SignalKit.Owner }));
        var nobody = SignalKit.Text(await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.handler.assign", assigned, new { handler = "Niemand Bekend" }));

        Assert.Equal(OwnerOnly, byHandler);
        Assert.Equal(OwnerOnly, byColleague);
        Assert.Equal("Dit signaal is niet aan jou toegewezen, dus je kunt het niet wijzigen.", transfer);
        Assert.Equal("Je bent zelf eigenaar van dit signaal; kies iemand anders als behandelaar.", self);
        Assert.Contains("Niemand in de deskundigenlijst heet 'Niemand Bekend'", nobody);
        var after = await SignalKit.ReloadAsync(app, signal.Id);
        Assert.Equal((SignalKit.Outsider, SignalKit.Owner, assigned.Version, SignalStatus.New), (after.HandlerAadObjectId, after.OwnerAadObjectId, after.Version, after.Status));
    }

    [Fact]
    public async Task The_behandelaar_finds_the_signal_in_mijn_signalen_and_mijn_taken_and_the_former_one_no_longer_after_removal()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.handler.assign", signal, new { handler = "Olaf Buiten" });
        var chat = SignalKit.ChatOf(SignalKit.Outsider);

        await SignalKit.SayAsync(app, SignalKit.Outsider, "Olaf Buiten", "mijn signalen");
        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("Mijn signalen")));
        await SignalKit.SayAsync(app, SignalKit.Outsider, "Olaf Buiten", "mijn taken");
        var tasks = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("Je bent behandelaar; eigenaar is Marieke Visser.") && !TriageKit.CardJson(a).Contains("Mijn signalen")));
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.handler.remove", await SignalKit.ReloadAsync(app, signal.Id));
        var removed = await SignalKit.WaitForAsync(app, chat, a => a.Text?.Contains("niet langer behandelaar") == true);
        var sent = TriageKit.SentTo(app, chat).Count;
        await SignalKit.SayAsync(app, SignalKit.Outsider, "Olaf Buiten", "mijn signalen");
        await app.DeliverAllAsync();

        Assert.Contains(signal.Reference, list);
        Assert.Contains("Je bent behandelaar; eigenaar is Marieke Visser.", list);
        Assert.Contains(signal.Reference, tasks);
        Assert.Contains(signal.Reference, removed.Text);
        Assert.Null((await SignalKit.ReloadAsync(app, signal.Id)).HandlerAadObjectId);
        Assert.DoesNotContain(TriageKit.SentTo(app, chat).Skip(sent), a => SignalKit.Describe(a).Contains(signal.Reference));
    }
}
