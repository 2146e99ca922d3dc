using CasuistiekBot.Cases;
using CasuistiekBot.Panels.Meetings;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Panels.Meetings;

/// <summary>
/// A session called off (its casus withdrawn): the job, not the turn, deletes the Teams meeting once, tries again after
/// a lost answer or a server error, takes Graph's 404 as done, tells the coordinators when Graph refuses, and never makes
/// a meeting for a session that was called off before it had one.
/// </summary>
public sealed class MeetingCancellationTests
{
    private const string DeletePath = "DELETE /v1.0/users/" + FakeGraphServer.Organizer + "/onlineMeetings/";

    [Fact]
    public async Task Withdrawing_the_casus_deletes_its_meeting_once_in_the_job_and_leaves_other_meetings_alone()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var elsewhere = graph.CreateElsewhere();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await ScheduledWithMeetingAsync(app);
        var ours = Assert.Single(graph.Created.Keys, id => id != elsewhere);
        var joinUrl = graph.Created[ours];
        var member = (await PanelKit.MembersAsync(app))[0];
        var calendar = LogisticsKit.PathOf(LogisticsKit.CalendarLink(await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, joinUrl)));
        Assert.Contains(joinUrl, await IcsAsync(app, calendar));

        await WithdrawAsync(app);
        Assert.Single(graph.MeetingRequests);                                  // the turn asks Graph nothing
        await Job(app).RunAsync(CancellationToken.None);

        var delete = graph.MeetingRequests.Last();
        Assert.Equal(DeletePath + ours, delete.Path);
        Assert.StartsWith("Bearer graph-token-", delete.Authorization);
        Assert.Equal([ours], graph.Deleted);

        // The same job again, a second instance as after a restart, and an hour later: Graph is not asked again.
        await Job(app).RunAsync(CancellationToken.None);
        await ActivatorUtilities.CreateInstance<MeetingWorker>(app.Services).RunAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await Job(app).RunAsync(CancellationToken.None);
        Assert.Equal(2, graph.MeetingRequests.Count);
        var meeting = await MeetingAsync(app);
        Assert.NotNull(meeting!.DeletedAt);
        Assert.Null(meeting.DeleteGaveUpAt);
        Assert.DoesNotContain(await ChannelTextsAsync(app), t => t.Contains("niet worden verwijderd"));
        // The link leads nowhere now: the calendar file and what is drawn of the panel from now on leave it out.
        var ics = await IcsAsync(app, calendar);
        Assert.Contains("STATUS:CANCELLED", ics);
        Assert.DoesNotContain(joinUrl, ics);
        Assert.Null((await PanelKit.PanelAsync(app)).OnlineMeetingUrl);
    }

    [Fact]
    public async Task A_session_called_off_before_its_meeting_was_made_gets_no_meeting_and_no_deletion()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);

        await WithdrawAsync(app);
        await Job(app).RunAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(2));
        await Job(app).RunAsync(CancellationToken.None);

        Assert.Empty(graph.MeetingRequests);
        Assert.Empty(graph.Created);
        Assert.Null((await MeetingAsync(app))?.GraphMeetingId);
        Assert.Null((await PanelKit.PanelAsync(app)).OnlineMeetingUrl);
    }

    [Fact]
    public async Task A_creation_that_failed_is_not_tried_again_once_the_session_is_called_off()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        graph.RespondNext(503);
        await Job(app).RunAsync(CancellationToken.None);

        await WithdrawAsync(app);
        clock.Advance(TimeSpan.FromHours(2));
        await Job(app).RunAsync(CancellationToken.None);

        Assert.EndsWith("/createOrGet", Assert.Single(graph.MeetingRequests).Path);
        Assert.Empty(graph.Created);
        Assert.Empty(graph.Deleted);
    }

    [Fact]
    public async Task A_meeting_made_while_the_session_was_called_off_is_deleted_and_its_link_never_goes_out()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        graph.WhileCreating(() => WithdrawAsync(app));

        await Job(app).RunAsync(CancellationToken.None);

        Assert.Equal(["meeting-1"], graph.Deleted);
        Assert.Equal(DeletePath + "meeting-1", graph.MeetingRequests.Last().Path);
        Assert.Null((await PanelKit.PanelAsync(app)).OnlineMeetingUrl);
        await app.DeliverAllAsync();
        Assert.DoesNotContain(app.Connector.Requests, r => r.Activity is { } a && TriageKit.CardJson(a).Contains(graph.Created["meeting-1"]));
    }

    [Fact]
    public async Task A_lost_answer_to_the_deletion_is_tried_again_and_a_404_counts_as_done()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await ScheduledWithMeetingAsync(app);
        await WithdrawAsync(app);
        graph.LoseNextAnswer();

        await Job(app).RunAsync(CancellationToken.None);
        Assert.Equal(["meeting-1"], graph.Deleted);                           // Graph deleted it; the bot never heard
        Assert.Null((await MeetingAsync(app))!.DeletedAt);
        clock.Advance(TimeSpan.FromSeconds(29));
        await Job(app).RunAsync(CancellationToken.None);
        Assert.Equal(2, graph.MeetingRequests.Count);                          // the first wait is 30 seconds
        clock.Advance(TimeSpan.FromSeconds(1));
        await Job(app).RunAsync(CancellationToken.None);

        Assert.Equal([DeletePath + "meeting-1", DeletePath + "meeting-1"], graph.MeetingRequests.Skip(1).Select(r => r.Path));
        var meeting = await MeetingAsync(app);
        Assert.NotNull(meeting!.DeletedAt);                                    // the 404: gone, so done
        Assert.Equal(504, meeting.LastStatus);
        clock.Advance(TimeSpan.FromHours(2));
        await Job(app).RunAsync(CancellationToken.None);
        Assert.Equal(3, graph.MeetingRequests.Count);
        Assert.DoesNotContain(await ChannelTextsAsync(app), t => t.Contains("niet worden verwijderd"));
    }

    [Fact]
    public async Task A_server_error_on_the_deletion_backs_off_after_Retry_After_and_the_next_try_deletes()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await ScheduledWithMeetingAsync(app);
        await WithdrawAsync(app);
        graph.RespondNext(503, retryAfter: "120");

        await Job(app).RunAsync(CancellationToken.None);
        Assert.Empty(graph.Deleted);
        clock.Advance(TimeSpan.FromSeconds(119));
        await Job(app).RunAsync(CancellationToken.None);
        Assert.Equal(2, graph.MeetingRequests.Count);                          // Retry-After is honoured
        clock.Advance(TimeSpan.FromSeconds(1));
        await Job(app).RunAsync(CancellationToken.None);

        Assert.Equal(3, graph.MeetingRequests.Count);
        Assert.Equal(["meeting-1"], graph.Deleted);
        Assert.NotNull((await MeetingAsync(app))!.DeletedAt);
    }

    [Fact]
    public async Task A_refused_deletion_is_told_to_the_coordinators_once_and_not_tried_again()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock, graph);
        await ScheduledWithMeetingAsync(app);
        await WithdrawAsync(app);
        graph.RespondNext(403);

        await Job(app).RunAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(2));
        await Job(app).RunAsync(CancellationToken.None);

        Assert.Equal(2, graph.MeetingRequests.Count);                          // one create, one refused deletion, no retry
        Assert.Empty(graph.Deleted);
        var meeting = await MeetingAsync(app);
        Assert.NotNull(meeting!.DeleteGaveUpAt);
        Assert.Null(meeting.DeletedAt);
        var notice = Assert.Single(await ChannelTextsAsync(app), t => t.Contains("kon niet worden verwijderd"));
        Assert.Contains((await IntakeTranscriptTests.SingleCasusAsync(app)).Reference, notice);
        Assert.Contains("HTTP 403", notice);
    }

    private static async Task ScheduledWithMeetingAsync(BotApp app)
    {
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        Assert.Equal(1, await Job(app).RunAsync(CancellationToken.None));
    }

    private static async Task WithdrawAsync(BotApp app)
    {
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        await app.ClickAsync(CaseVerbs.Withdraw, new { casusId = casus.Id.ToString(), reason = "Inmiddels opgelost met mijn teamleider." });
        Assert.Equal(CasusStatus.Withdrawn, (await IntakeTranscriptTests.SingleCasusAsync(app)).Status);
    }

    private static async Task<SessionMeeting?> MeetingAsync(BotApp app)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<SessionMeeting>().AsNoTracking().SingleOrDefaultAsync();
    }

    private static async Task<List<string>> ChannelTextsAsync(BotApp app)
    {
        await app.DeliverAllAsync();
        return TriageKit.SentTo(app, TriageKit.Channel).Select(a => a.Text ?? "").ToList();
    }

    private static async Task<string> IcsAsync(BotApp app, string path) =>
        System.Text.Encoding.UTF8.GetString(await app.Client.GetByteArrayAsync(path)).Replace("\r\n ", "", StringComparison.Ordinal);

    private static MeetingWorker Job(BotApp app) => app.Services.GetRequiredService<MeetingWorker>();
}
