using CasuistiekBot.Panels;
using CasuistiekBot.Panels.Meetings;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Panels.Meetings;

/// <summary>
/// The Teams meeting after it exists: an answer lost on the way back does not make a second meeting, a move and the
/// inbrenger's yes reach the meeting, and a refusal by Graph is told to the coordinators instead of being swallowed.
/// </summary>
public sealed class MeetingChangeTests
{
    private const string Author = "00000000-0000-4000-8000-000000000101";   // the test user who raised the casus

    [Fact]
    public async Task An_answer_lost_after_Graph_made_the_meeting_gives_the_same_meeting_on_the_next_try()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        graph.LoseNextAnswer();

        Assert.Equal(0, await Job(app).RunAsync(CancellationToken.None));
        Assert.Single(graph.Created);                                          // Graph made it; the bot never heard
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await Job(app).RunAsync(CancellationToken.None));

        Assert.Single(graph.Created);                                          // no second meeting
        Assert.All(graph.MeetingRequests, r =>
        {
            Assert.EndsWith("/onlineMeetings/createOrGet", r.Path);
            Assert.Equal(panel.Id.ToString("N"), r.Body!["externalId"]!.GetValue<string>());
        });
        Assert.Equal(2, graph.MeetingRequests.Count);
        Assert.Equal(graph.Created["meeting-1"], (await PanelKit.PanelAsync(app)).OnlineMeetingUrl);
    }

    [Fact]
    public async Task A_move_updates_the_meeting_once_and_the_members_keep_the_same_link()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        await Job(app).RunAsync(CancellationToken.None);
        var joinUrl = graph.Created["meeting-1"];

        var panel = await PanelKit.PanelAsync(app);
        var moved = LogisticsKit.SessionDay.AddDays(7);
        await PanelKit.CoordinatorAsync(app, "panel.schedule", new
        {
            panelId = panel.Id, version = panel.Version, sessionDate = moved.ToString("yyyy-MM-dd"), sessionTime = "10:30", place = "Zaal 4.12",
        });
        await Job(app).RunAsync(CancellationToken.None);

        var update = graph.MeetingRequests.Last();
        Assert.Equal("PATCH /v1.0/users/" + FakeGraphServer.Organizer + "/onlineMeetings/meeting-1", update.Path);
        Assert.Equal("2026-12-17T09:30:00.0000000Z", update.Body!["startDateTime"]!.GetValue<string>());
        Assert.Equal("2026-12-17T11:00:00.0000000Z", update.Body["endDateTime"]!.GetValue<string>());
        Assert.Equal("2026-12-17T09:30:00.0000000Z", graph.Current["meeting-1"]["startDateTime"]!.GetValue<string>());
        Assert.Single(graph.Created);

        await Job(app).RunAsync(CancellationToken.None);
        Assert.Equal(2, graph.MeetingRequests.Count);                          // in step now: not asked again
        var member = (await PanelKit.MembersAsync(app)).First();
        var card = await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, "17 december");
        Assert.Contains(joinUrl, card);
    }

    [Fact]
    public async Task The_inbrengers_yes_to_presenting_adds_them_to_the_meeting()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await PanelKit.ToSpreekuurAsync(app, visibility: "1");
        var panel = await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        await Job(app).RunAsync(CancellationToken.None);
        Assert.DoesNotContain(Author, Attendees(graph.Current["meeting-1"]));

        await PanelKit.CoordinatorAsync(app, PresenterVerbs.Offer, new { panelId = panel.Id, version = (await PanelKit.PanelAsync(app)).Version });
        await TriageKit.WaitForAuthorMessageAsync(app, m => TriageKit.CardJson(m).Contains(PresenterVerbs.Yes));
        await app.ClickAsync(PresenterVerbs.Yes, new { panelId = panel.Id });
        await Job(app).RunAsync(CancellationToken.None);

        var attendees = Attendees(graph.Current["meeting-1"]);
        Assert.Contains(Author, attendees);
        Assert.Equal((await PanelKit.MembersAsync(app)).Count + 1, attendees.Count);
        Assert.StartsWith("PATCH ", graph.MeetingRequests.Last().Path);
    }

    [Fact]
    public async Task A_refused_update_is_told_to_the_coordinators_once_and_the_next_change_is_tried_afresh()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        await Job(app).RunAsync(CancellationToken.None);
        graph.RespondNext(403);

        await MoveAsync(app, LogisticsKit.SessionDay.AddDays(1));
        await Job(app).RunAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(2));
        await Job(app).RunAsync(CancellationToken.None);

        Assert.Equal(2, graph.MeetingRequests.Count);                          // one create, one refused update, no retry
        var reference = (await IntakeTranscriptTests.SingleCasusAsync(app)).Reference;
        var notice = await ChannelTextAsync(app, "kon na de wijziging niet worden bijgewerkt");
        Assert.Contains(reference, notice);
        Assert.Contains("application access policy", notice);

        await MoveAsync(app, LogisticsKit.SessionDay.AddDays(2));
        await Job(app).RunAsync(CancellationToken.None);
        Assert.Equal(3, graph.MeetingRequests.Count);
        Assert.Equal("2026-12-12T13:00:00.0000000Z", graph.Current["meeting-1"]["startDateTime"]!.GetValue<string>());
        Assert.Single(TriageKit.SentTo(app, TriageKit.Channel), a => a.Text?.Contains("niet worden bijgewerkt") == true);
    }

    private static Task<string> MoveAsync(Support.BotApp app, DateOnly date) => PanelKit.PanelAsync(app).ContinueWith(async t =>
        await PanelKit.CoordinatorAsync(app, "panel.schedule", new
        {
            panelId = t.Result.Id, version = t.Result.Version, sessionDate = date.ToString("yyyy-MM-dd"), sessionTime = "14:00", place = "Zaal 4.12",
        })).Unwrap();

    private static async Task<string> ChannelTextAsync(Support.BotApp app, string marker)
    {
        await app.DeliverAllAsync();
        return TriageKit.SentTo(app, TriageKit.Channel).Select(a => a.Text).LastOrDefault(t => t?.Contains(marker) == true)
            ?? throw new InvalidOperationException($"No message with '{marker}' in the coordinators' channel.");
    }

    private static List<string> Attendees(System.Text.Json.Nodes.JsonObject meeting) =>
        meeting["participants"]!["attendees"]!.AsArray().Select(a => a!["identity"]!["user"]!["id"]!.GetValue<string>()).ToList();

    private static MeetingWorker Job(Support.BotApp app) => app.Services.GetRequiredService<MeetingWorker>();
}
