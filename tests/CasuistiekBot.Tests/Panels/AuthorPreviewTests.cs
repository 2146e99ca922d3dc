using CasuistiekBot.Cases;
using CasuistiekBot.Panels;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Panels;

/// <summary>
/// The inbrenger of an anonymous casus sees the proposed panel privately before anyone is invited: Akkoord, Bezwaar
/// without a reason, or silence until the deadline, which counts as consent unless their own manager is on the panel.
/// </summary>
public sealed class AuthorPreviewTests
{
    // Friday 27 November 2026, 10:00 in Amsterdam; the preview's deadline is 48 hours later.
    private static readonly DateTimeOffset FridayMorning = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly SessionDay = new(2026, 12, 10);
    private const string Agree = "panel.preview.agree";
    private const string Object = "panel.preview.object";

    [Fact]
    public async Task An_anonymous_casus_panel_goes_privately_to_its_inbrenger_first_and_nobody_is_invited_yet()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);

        var coordinatorCard = await PreviewKit.SendAnonymousAsync(app, SessionDay);

        var preview = Assert.Single(await PreviewKit.PreviewsAsync(app));
        var members = await PanelKit.MembersAsync(app);
        Assert.All(members, m => Assert.Contains(m.Name, preview));
        Assert.Contains("Lijnmanager", preview);
        Assert.Contains("10 december 2026", preview);
        Assert.Contains("zondag 29 november 10:00", preview);
        Assert.Contains("Staat je eigen leidinggevende in deze lijst?", preview);
        Assert.Contains("ter inzage bij de inbrenger", coordinatorCard);
        Assert.DoesNotContain(TriageKit.SentTo(app, TriageKit.Channel), a => TriageKit.CardJson(a).Contains("panel.preview"));
        Assert.Empty(await PreviewKit.InvitationsAsync(app));
        Assert.Equal([MemberStatus.Proposed], await PreviewKit.MemberStatusesAsync(app));
        Assert.Equal(CasusStatus.InTriage, (await IntakeTranscriptTests.SingleCasusAsync(app)).Status);
        var panel = await PanelKit.PanelAsync(app);
        Assert.Equal((AuthorPreview.Waiting, FridayMorning.AddHours(48)), (panel.PreviewStatus, panel.PreviewUntil));

        var again = await PanelKit.CoordinatorAsync(app, "panel.send", new { panelId = panel.Id, version = panel.Version });

        Assert.Contains("ligt nog tot", again);
        Assert.Single(await PreviewKit.PreviewsAsync(app));
    }

    [Fact]
    public async Task Akkoord_sends_the_invitations_at_once()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PreviewKit.SendAnonymousAsync(app, SessionDay);
        await PreviewKit.PreviewsAsync(app);

        var answer = await PreviewKit.AnswerAsync(app, Agree, await PanelKit.PanelAsync(app));

        Assert.Contains("Je bent akkoord", answer);
        var members = await PanelKit.MembersAsync(app);
        Assert.All(members, m => Assert.Equal(MemberStatus.Invited, m.Status));
        Assert.Equal(members.Select(m => m.AadObjectId).Order(), (await PreviewKit.InvitationsAsync(app)).Select(i => i.RecipientAadObjectId!).Order());
        Assert.Equal(CasusStatus.Scheduled, (await IntakeTranscriptTests.SingleCasusAsync(app)).Status);
        await SignalKit.WaitForAsync(app, TriageKit.Channel, a => TriageKit.CardJson(a).Contains("het panel ging door"));
    }

    [Fact]
    public async Task Only_the_inbrenger_may_answer_and_an_altered_or_replayed_answer_changes_nothing()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PreviewKit.SendAnonymousAsync(app, SessionDay);
        await PreviewKit.PreviewsAsync(app);
        var panel = await PanelKit.PanelAsync(app);

        Assert.Contains("niet voor jou", await PreviewKit.AnswerAsync(app, Agree, panel, who: PanelKit.Marieke));
        Assert.Contains("niet voor jou", await PreviewKit.AnswerAsync(app, Agree, panel, panelId: Guid.NewGuid()));
        Assert.Contains("geldt niet meer", await PreviewKit.AnswerAsync(app, Agree, panel, version: panel.Version - 1));
        Assert.Empty(await PreviewKit.InvitationsAsync(app));
        Assert.Equal(AuthorPreview.Waiting, (await PanelKit.PanelAsync(app)).PreviewStatus);

        Assert.Contains("Je bent akkoord", await PreviewKit.AnswerAsync(app, Agree, panel));
        Assert.Contains("geldt niet meer", await PreviewKit.AnswerAsync(app, Agree, panel));
        Assert.Contains("geldt niet meer", await PreviewKit.AnswerAsync(app, Object, panel));

        Assert.Equal((await PanelKit.MembersAsync(app)).Count, (await PreviewKit.InvitationsAsync(app)).Count);
        Assert.Equal(AuthorPreview.WentAhead, (await PanelKit.PanelAsync(app)).PreviewStatus);
    }

    [Fact]
    public async Task Bezwaar_invites_nobody_and_coordinators_hear_at_the_deadline_only_that_the_inbrenger_objects()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PreviewKit.SendAnonymousAsync(app, SessionDay);
        await PreviewKit.PreviewsAsync(app);
        var panel = await PanelKit.PanelAsync(app);

        Assert.Contains("Je bezwaar is genoteerd", await PreviewKit.AnswerAsync(app, Object, panel));
        Assert.Contains("al genoteerd", await PreviewKit.AnswerAsync(app, Object, panel));
        Assert.Contains("al genoteerd", await PreviewKit.AnswerAsync(app, Agree, panel));
        Assert.Equal(panel.Version, (await PanelKit.PanelAsync(app)).Version);   // the coordinators' card stays current

        await PassAsync(app, clock, TimeSpan.FromHours(47));
        Assert.DoesNotContain(PreviewKit.ChannelTexts(app), t => t.Contains("bezwaar"));
        await PassAsync(app, clock, TimeSpan.FromHours(1));

        await AssertObjectedAsync(app);
        var objected = await PanelKit.PanelAsync(app);
        var removed = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        await PanelKit.CoordinatorAsync(app, "panel.remove", new { panelId = objected.Id, version = objected.Version, memberId = removed.Id });
        var resent = await PanelKit.CoordinatorAsync(app, "panel.send", new { panelId = objected.Id, version = objected.Version + 1 });

        Assert.Contains("ter inzage bij de inbrenger", resent);
        var previews = await PreviewKit.PreviewsAsync(app, 2);
        Assert.Contains(removed.Name, previews[0]);
        Assert.DoesNotContain(removed.Name, previews[1]);
        Assert.Empty(await PreviewKit.InvitationsAsync(app));
    }

    [Fact]
    public async Task Without_an_answer_the_panel_goes_ahead_at_the_deadline()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PreviewKit.AuthorReportsToAsync(app, PanelKit.Ruud);   // a manager who is not on the panel
        await PreviewKit.SendAnonymousAsync(app, SessionDay);
        await PreviewKit.PreviewsAsync(app);

        await PassAsync(app, clock, TimeSpan.FromHours(47));
        Assert.Empty(await PreviewKit.InvitationsAsync(app));
        await PassAsync(app, clock, TimeSpan.FromHours(1));

        var members = await PanelKit.MembersAsync(app);
        Assert.All(members, m => Assert.Equal(MemberStatus.Invited, m.Status));
        Assert.Equal(members.Select(m => m.AadObjectId).Order(), (await PreviewKit.InvitationsAsync(app)).Select(i => i.RecipientAadObjectId!).Order());
        Assert.Equal(CasusStatus.Scheduled, (await IntakeTranscriptTests.SingleCasusAsync(app)).Status);
        Assert.DoesNotContain(PreviewKit.ChannelTexts(app), t => t.Contains("bezwaar"));
    }

    [Fact]
    public async Task The_inbrengers_own_manager_on_the_panel_without_their_consent_counts_as_an_objection_and_is_never_invited()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PreviewKit.AuthorReportsToAsync(app, PanelKit.Marieke);
        await PreviewKit.SendAnonymousAsync(app, SessionDay);
        Assert.Contains("Marieke Visser", Assert.Single(await PreviewKit.PreviewsAsync(app)));

        await PassAsync(app, clock, TimeSpan.FromHours(48));

        await AssertObjectedAsync(app);
        Assert.Empty(await PanelKit.OutboxAsync(app, "panel-invitation:"));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<CasuistiekBot.Delivery.OutboxMessage>().AnyAsync(m => m.RecipientAadObjectId == PanelKit.Marieke));
    }

    [Fact]
    public async Task With_their_consent_the_inbrengers_own_manager_is_invited()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PreviewKit.AuthorReportsToAsync(app, PanelKit.Marieke);
        await PreviewKit.SendAnonymousAsync(app, SessionDay);
        await PreviewKit.PreviewsAsync(app);

        await PreviewKit.AnswerAsync(app, Agree, await PanelKit.PanelAsync(app));

        Assert.Contains(PanelKit.Marieke, (await PreviewKit.InvitationsAsync(app)).Select(i => i.RecipientAadObjectId));
    }

    [Fact]
    public async Task Someone_added_after_the_invitations_waits_until_the_inbrenger_has_seen_them()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PreviewKit.SendAnonymousAsync(app, SessionDay);
        await PreviewKit.PreviewsAsync(app);
        await PreviewKit.AnswerAsync(app, Agree, await PanelKit.PanelAsync(app));
        var invited = (await PreviewKit.InvitationsAsync(app)).Count;
        var panel = await PanelKit.PanelAsync(app);

        await PanelKit.CoordinatorAsync(app, "panel.add", new { panelId = panel.Id, version = panel.Version, personId = PanelKit.Ruud, seat = PanelSeat.LineManager });

        Assert.Equal(MemberStatus.Proposed, (await PanelKit.MembersAsync(app)).Single(m => m.AadObjectId == PanelKit.Ruud).Status);
        Assert.Equal(invited, (await PreviewKit.InvitationsAsync(app)).Count);
        Assert.Contains("Ruud Hoekstra", (await PreviewKit.PreviewsAsync(app, 2))[1]);
        await PreviewKit.AnswerAsync(app, Agree, await PanelKit.PanelAsync(app));
        Assert.Contains(PanelKit.Ruud, (await PreviewKit.InvitationsAsync(app)).Select(i => i.RecipientAadObjectId));
    }

    /// <summary>
    /// An explicit objection and a missing consent end the same way: one reasonless notice in the channel, the same state
    /// and the same audit entry, and nobody invited.
    /// </summary>
    private static async Task AssertObjectedAsync(BotApp app)
    {
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        var notice = await SignalKit.WaitForAsync(app, TriageKit.Channel, a => a.Text?.Contains("bezwaar tegen deze samenstelling") == true);
        Assert.Equal(
            $"De inbrenger van {casus.Reference} heeft bezwaar tegen deze samenstelling van het panel. Er is niemand uitgenodigd. "
            + "Pas het panel aan en verstuur opnieuw; de inbrenger krijgt dan een nieuw voorstel.",
            notice.Text);
        await SignalKit.WaitForAsync(app, TriageKit.Channel, a => TriageKit.CardJson(a).Contains("De inbrenger heeft bezwaar tegen deze samenstelling"));
        Assert.Equal(AuthorPreview.Objected, (await PanelKit.PanelAsync(app)).PreviewStatus);
        Assert.Equal([MemberStatus.Proposed], await PreviewKit.MemberStatusesAsync(app));
        Assert.Equal(CasusStatus.InTriage, casus.Status);
        await using var db = await IntakeTranscriptTests.Db(app);
        var audit = await db.Set<AuditEntry>().Where(a => a.SubjectType == PanelAudit.SubjectType).OrderBy(a => a.Id).Select(a => new { a.Action, a.Actor, a.Details }).ToListAsync();
        Assert.Equal(["panel-voorgesteld", "panel-datum-gekozen", "panel-voorgelegd", "inbrenger-bezwaar"], audit.Select(a => a.Action).Take(4));
        var entry = audit.Single(a => a.Action == "inbrenger-bezwaar");
        Assert.Equal((Audit.System, null), (entry.Actor, entry.Details));
    }

    /// <summary>Moves the clock and ends every preview due by then (the app's own worker may get there first).</summary>
    private static async Task PassAsync(BotApp app, FakeTimeProvider clock, TimeSpan time)
    {
        clock.Advance(time);
        await app.Services.GetRequiredService<PreviewDeadline>().RunAsync(CancellationToken.None);
    }
}
