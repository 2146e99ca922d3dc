using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Panels;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Panels;

/// <summary>An anonymous casus whose panel the coordinator sends, and the inbrenger's private look at it.</summary>
internal static class PreviewKit
{
    /// <summary>The test user who raises every casus (TestActivities), and their 1:1 chat with the bot.</summary>
    public const string Author = "00000000-0000-4000-8000-000000000101";
    public const string AuthorChat = "a:personal-1";

    /// <summary>Puts the inbrenger in the directory, reporting to <paramref name="manager"/>.</summary>
    public static async Task AuthorReportsToAsync(BotApp app, string manager)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        db.Add(new Person
        {
            AadObjectId = Author, Name = "Test Gebruiker", Email = "test.gebruiker@jenv.example", OrgUnit = "IND, Directie Asiel en Bescherming",
            ManagerAadObjectId = manager,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>An anonymous casus to the Spreekuur, a date set, and "Uitnodigingen versturen"; returns the coordinator's card.</summary>
    public static async Task<string> SendAnonymousAsync(BotApp app, DateOnly date)
    {
        var panel = await PanelKit.ToSpreekuurAsync(app, visibility: "3");
        var version = await PanelKit.ScheduleAsync(app, panel, date);
        return await PanelKit.CoordinatorAsync(app, "panel.send", new { panelId = panel.Id, version });
    }

    /// <summary>
    /// After "Uitnodigingen versturen": when the panel went to the inbrenger first (an anonymous casus), they agree, so
    /// that the invitations go out as they do at once for the other cases.
    /// </summary>
    public static async Task AgreeIfAskedAsync(BotApp app, string sendBody, Guid panelId)
    {
        if (!sendBody.Contains("ter inzage bij de inbrenger"))
        {
            Assert.Contains("Uitnodigingen verstuurd door Pieter Jansen", sendBody);
            return;
        }
        long version;
        await using (var db = await IntakeTranscriptTests.Db(app)) version = (await db.Set<Panel>().AsNoTracking().SingleAsync(p => p.Id == panelId)).Version;
        var (body, _) = await app.ClickAsync("panel.preview.agree", new { panelId, version });
        Assert.Contains("Je bent akkoord", body!.ToJsonString());
    }

    /// <summary>The preview cards delivered to the inbrenger's chat, waiting until there are <paramref name="count"/>.</summary>
    public static async Task<IReadOnlyList<string>> PreviewsAsync(BotApp app, int count = 1)
    {
        await SignalKit.WaitForAsync(app, AuthorChat, _ => Previews(app).Count >= count);
        return Previews(app);
    }

    /// <summary>The inbrenger (or <paramref name="who"/>) presses a button on the preview.</summary>
    public static async Task<string> AnswerAsync(BotApp app, string verb, Panel panel, string? who = null, long? version = null, Guid? panelId = null)
    {
        var data = new { panelId = panelId ?? panel.Id, version = version ?? panel.Version };
        if (who is not null) return await PanelKit.PersonAsync(app, verb, data, who);
        var (body, _) = await app.ClickAsync(verb, data);
        return body!.ToJsonString();
    }

    public static async Task<List<OutboxMessage>> InvitationsAsync(BotApp app) => await PanelKit.OutboxAsync(app, "panel-invitation:");

    public static IReadOnlyList<string> ChannelTexts(BotApp app) =>
        TriageKit.SentTo(app, TriageKit.Channel).Where(a => a.Attachments is not { Count: > 0 }).Select(a => a.Text ?? "").ToList();

    public static async Task<IReadOnlyList<string>> MemberStatusesAsync(BotApp app) =>
        (await PanelKit.MembersAsync(app)).Select(m => m.Status).Distinct().ToList();

    private static List<string> Previews(BotApp app) =>
        TriageKit.SentTo(app, AuthorChat).Select(TriageKit.CardJson).Where(c => c.Contains("panel.preview.agree")).ToList();
}
