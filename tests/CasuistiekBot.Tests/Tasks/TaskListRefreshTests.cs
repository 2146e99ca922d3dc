using System.Text.Json.Nodes;
using CasuistiekBot.Panels;
using CasuistiekBot.Tests.Panels;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Tasks;

/// <summary>
/// List cards ("mijn uitnodigingen", "mijn signalen") are refreshed by Teams for the person they were made for: after
/// the person acts, the list shows the new state instead of the one it was posted with.
/// </summary>
public sealed class TaskListRefreshTests
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    [Fact]
    public async Task After_accepting_an_invitation_the_refreshed_list_says_so_and_someone_else_refreshing_sees_only_their_own()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);
        panel = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        await MyTasksKit.SayAsync(app, member.AadObjectId, member.Name, "mijn uitnodigingen");
        var list = JsonNode.Parse(TriageKit.CardJson(await SignalKit.WaitForAsync(app, MyTasksKit.ChatOf(member.AadObjectId),
            a => TriageKit.CardJson(a).Contains("Mijn uitnodigingen"))))!;
        Assert.Contains("Nog niet beantwoord", list.ToJsonString());
        var refresh = list["refresh"]!;
        Assert.Equal("29:" + member.AadObjectId, refresh["userIds"]![0]!.GetValue<string>());
        var data = refresh["action"]!["data"]!;

        await PanelKit.PersonAsync(app, "invitation.accept", new { invitationId = member.Id, version = panel.Version }, member.AadObjectId);
        var mine = await MyTasksKit.ClickAsync(app, member.AadObjectId, refresh["action"]!["verb"]!.GetValue<string>(), data);
        var other = await MyTasksKit.ClickAsync(app, PanelKit.Ruud, "tasks.list", data);

        Assert.Contains("Je doet mee", mine);
        Assert.DoesNotContain("Nog niet beantwoord", mine);
        Assert.DoesNotContain("Je doet mee", other);
        Assert.Contains("geen open uitnodigingen", other);
    }

    [Fact]
    public async Task After_picking_up_a_signal_the_refreshed_signal_list_shows_its_new_status()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        await SignalKit.SayAsync(app, SignalKit.Owner, "Marieke Visser", "mijn signalen");
        var list = JsonNode.Parse(TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner),
            a => TriageKit.CardJson(a).Contains("Mijn signalen"))))!;
        Assert.Contains("Nieuw", list.ToJsonString());
        var verb = list["refresh"]!["action"]!["verb"]!.GetValue<string>();

        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.pickup", signal);
        var refreshed = await MyTasksKit.ClickAsync(app, SignalKit.Owner, verb, new { });

        Assert.Contains(signal.Reference, refreshed);
        Assert.Contains("Opgepakt", refreshed);
        Assert.DoesNotContain("\"Nieuw\"", refreshed);
    }
}
