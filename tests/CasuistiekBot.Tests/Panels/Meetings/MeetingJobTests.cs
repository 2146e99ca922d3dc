using System.Text;
using CasuistiekBot.Panels;
using CasuistiekBot.Panels.Meetings;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Panels.Meetings;

/// <summary>The Teams meeting job against a local Graph: created once, retried after throttling, its link on the cards.</summary>
public sealed class MeetingJobTests
{
    [Fact]
    public async Task The_job_creates_one_meeting_organised_by_the_configured_account_and_the_link_reaches_the_invitation()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await PanelKit.ToSpreekuurAsync(app);
        Assert.Equal(0, await Job(app).RunAsync(CancellationToken.None));     // a draft panel gets no meeting yet
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        var members = await PanelKit.MembersAsync(app);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        Assert.Equal(1, await Job(app).RunAsync(CancellationToken.None));

        var request = Assert.Single(graph.MeetingRequests);
        Assert.Equal("Bearer graph-token-1", request.Authorization);
        Assert.Contains("client_secret=" + FakeGraphServer.ClientSecret, Assert.Single(graph.TokenRequests));
        Assert.Equal($"Casuïstiek Spreekuur {casus.Reference}", request.Body!["subject"]!.GetValue<string>());
        Assert.Equal("2026-12-10T13:00:00.0000000Z", request.Body["startDateTime"]!.GetValue<string>());
        Assert.Equal("2026-12-10T14:30:00.0000000Z", request.Body["endDateTime"]!.GetValue<string>());
        var attendees = request.Body["participants"]!["attendees"]!.AsArray().Select(a => a!["identity"]!["user"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(members.Select(m => m.AadObjectId).Order(), attendees.Order());
        Assert.DoesNotContain("Test Gebruiker", request.Body.ToJsonString());
        Assert.DoesNotContain("[NAAM-1]", request.Body.ToJsonString());

        // The same job again, and a second instance as after a restart: Graph is not asked again.
        Assert.Equal(0, await Job(app).RunAsync(CancellationToken.None));
        Assert.Equal(0, await ActivatorUtilities.CreateInstance<MeetingWorker>(app.Services).RunAsync(CancellationToken.None));
        Assert.Single(graph.MeetingRequests);

        var joinUrl = Assert.Single(graph.Created.Values);
        foreach (var member in members)
        {
            var card = await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, joinUrl);
            Assert.Contains("Deelnemen aan de Teams-vergadering", card);
            Assert.Contains("invitation.accept", card);                        // still open to answer
            var ics = Encoding.UTF8.GetString(await app.Client.GetByteArrayAsync(LogisticsKit.PathOf(LogisticsKit.CalendarLink(card)))).Replace("\r\n ", "");
            Assert.Contains("URL:" + joinUrl + "\r\n", ics);
        }
        Assert.Equal(joinUrl, (await PanelKit.PanelAsync(app)).OnlineMeetingUrl);
    }

    [Fact]
    public async Task Throttling_is_tried_again_after_Retry_After_and_then_succeeds_once()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        graph.RespondNext(429, retryAfter: "120");

        Assert.Equal(0, await Job(app).RunAsync(CancellationToken.None));
        Assert.Single(graph.MeetingRequests);
        clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(0, await Job(app).RunAsync(CancellationToken.None));
        Assert.Single(graph.MeetingRequests);                                  // Retry-After is honoured

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Job(app).RunAsync(CancellationToken.None));
        Assert.Equal(2, graph.MeetingRequests.Count);
        Assert.Single(graph.Created);
        await using var db = await IntakeTranscriptTests.Db(app);
        var meeting = await db.Set<SessionMeeting>().AsNoTracking().SingleAsync();
        Assert.Equal(2, meeting.Attempts);
        Assert.Equal("meeting-1", meeting.GraphMeetingId);
        var member = (await PanelKit.MembersAsync(app)).First();
        await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, graph.Created["meeting-1"]);
    }

    [Fact]
    public async Task Server_errors_back_off_and_a_refusal_stops_the_job_for_that_panel()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        graph.RespondNext(503);
        graph.RespondNext(403);

        await Job(app).RunAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(29));
        await Job(app).RunAsync(CancellationToken.None);
        Assert.Single(graph.MeetingRequests);                                  // the first wait is 30 seconds
        clock.Advance(TimeSpan.FromSeconds(1));
        await Job(app).RunAsync(CancellationToken.None);
        Assert.Equal(2, graph.MeetingRequests.Count);

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await Job(app).RunAsync(CancellationToken.None));
        Assert.Equal(2, graph.MeetingRequests.Count);                          // 403: not asked again
        Assert.Null((await PanelKit.PanelAsync(app)).OnlineMeetingUrl);
        await app.DeliverAllAsync();
        var notice = Assert.Single(TriageKit.SentTo(app, TriageKit.Channel), a => a.Text?.Contains("kon niet worden aangemaakt") == true);
        Assert.Contains((await IntakeTranscriptTests.SingleCasusAsync(app)).Reference, notice.Text);
        Assert.Contains("HTTP 403", notice.Text);
    }

    [Fact]
    public async Task Without_Graph_settings_the_job_asks_nothing_and_the_card_has_no_meeting_link()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);

        Assert.Equal(0, await Job(app).RunAsync(CancellationToken.None));

        var member = (await PanelKit.MembersAsync(app)).First();
        var card = await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, "invitation.accept");
        Assert.DoesNotContain("Deelnemen aan de Teams-vergadering", card);
        Assert.Empty(graph.MeetingRequests);
    }

    private static MeetingWorker Job(CasuistiekBot.Tests.Support.BotApp app) => app.Services.GetRequiredService<MeetingWorker>();
}
