using CasuistiekBot.Panels;
using CasuistiekBot.Sessions;
using CasuistiekBot.Tasks;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Panels;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Tasks;

/// <summary>"Mijn taken" / "my tasks": invitations, action points and signals of one person in one list, then their cards.</summary>
public sealed class MyTasksTests
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    [Fact]
    public async Task A_person_sees_their_invitation_action_point_and_signal_in_one_list_and_gets_the_three_cards()
    {
        await using var app = await PanelKit.StartAsync();
        var (member, reference, signal) = await EverythingOpenAsync(app);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, member.AadObjectId, member.Name, "mijn taken");

        var chat = MyTasksKit.ChatOf(member.AadObjectId);
        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("Mijn taken")));
        Assert.Contains("Taken die voor jou open staan: 3.", list);
        var sections = new[] { "Uitnodigingen voor het Spreekuur (1)", "Actiepunten (1)", "Signalen op jouw naam of aan jou aangeboden (1)" };
        Assert.All(sections, s => Assert.Contains(s, list));
        Assert.Equal(sections, sections.OrderBy(s => list.IndexOf(s, StringComparison.Ordinal)));
        Assert.DoesNotContain("Gemelde signalen", list);   // a signal keeper's part, not this member's
        Assert.Contains($"{reference} · actiepunt 1", list);
        Assert.Contains(signal, list);
        Assert.Contains("“mijn uitnodigingen”, “mijn actiepunten” of “mijn signalen”", list);
        Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, "Uitnodiging Casuïstiek Spreekuur", 1));
        Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, "actionpoint.done", 1));
        Assert.Contains(signal, Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, "signal.refresh", 1)));
    }

    [Fact]
    public async Task Someone_with_nothing_open_hears_so_and_sees_nothing_of_others()
    {
        await using var app = await PanelKit.StartAsync();
        var (_, reference, signal) = await EverythingOpenAsync(app);

        await MyTasksKit.SayAsync(app, PanelKit.Ruud, "Ruud Hoekstra", "mijn taken");

        var sent = await MyTasksKit.AllSentToAsync(app, MyTasksKit.ChatOf(PanelKit.Ruud));
        Assert.Contains("Er staat niets voor jou open", sent);
        Assert.DoesNotContain(reference, sent);
        Assert.DoesNotContain(signal, sent);
    }

    [Fact]
    public async Task In_english_the_sections_are_english_and_in_a_channel_the_bot_points_to_the_personal_chat()
    {
        await using var app = await PanelKit.StartAsync();
        var (member, reference, signal) = await EverythingOpenAsync(app);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, member.AadObjectId, member.Name, "my tasks", "en-US");
        (await app.PostAsync(app.InChannel("mijn taken", member.AadObjectId, member.Name))).EnsureSuccessStatusCode();

        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, MyTasksKit.ChatOf(member.AadObjectId), a => TriageKit.CardJson(a).Contains("My tasks")));
        Assert.Contains("Tasks open for you: 3.", list);
        Assert.Contains("Invitations to the Spreekuur (1)", list);
        Assert.Contains($"{reference} · action point 1", list);
        var inChannel = app.Connector.Requests.Skip(before)
            .Where(r => r.ConversationId?.StartsWith(TriageKit.Channel, StringComparison.Ordinal) == true && r.Activity is not null).Select(r => r.Activity!).ToList();
        Assert.Contains(inChannel, a => a.Text?.Contains("alleen in een persoonlijke chat met mij") == true);
        Assert.DoesNotContain(inChannel, a => SignalKit.Describe(a).Contains(signal) || TriageKit.CardJson(a).Contains("Mijn taken"));
    }

    [Fact]
    public async Task The_button_that_shows_only_signals_brings_a_signal_list_and_the_signal_card()
    {
        await using var app = await PanelKit.StartAsync();
        var (member, _, signal) = await EverythingOpenAsync(app);
        var chat = MyTasksKit.ChatOf(member.AadObjectId);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.ClickAsync(app, member.AadObjectId, TaskVerbs.Show, new { kinds = "mytasks.signals" });

        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("Mijn signalen")));
        Assert.Contains("Open signalen op jouw naam, bij jou als behandelaar of aan jou aangeboden: 1.", list);
        Assert.Contains(signal, list);
        Assert.Contains(signal, Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, "signal.refresh", 1)));
    }

    /// <summary>Invitations sent; the first expert also owns an action point on the casus and a signal.</summary>
    private static async Task<(PanelMember Member, string Reference, string Signal)> EverythingOpenAsync(Support.BotApp app)
    {
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        await using (var db = await IntakeTranscriptTests.Db(app))
        {
            db.Add(new ActionPoint
            {
                Id = Guid.NewGuid(), CasusId = casus.Id, Number = 1, Text = "Werkinstructie aanvullen met een voorbeeld.", OwnerAadObjectId = member.AadObjectId,
                OwnerName = member.Name, DueDate = NextMonth.AddDays(14), Status = ActionPointStatus.Open, CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var signal = await SignalKit.RegisterAsync(app, casus.Id, owner: member.AadObjectId);
        return (member, casus.Reference, signal.Reference);
    }
}
