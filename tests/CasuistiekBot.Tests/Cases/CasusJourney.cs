using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Panels;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Panels;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Cases;

/// <summary>
/// A casus taken all the way by one author in their own chat: intake, a coordinator's question answered, the panel
/// invited, the outcome recorded, its signal closed, and the author told. The kits of the single steps work on the
/// only casus there is; this one keeps several apart.
/// </summary>
internal static class CasusJourney
{
    /// <summary>A bot with coordinators, their channel, the demo directory and the people the outcome names.</summary>
    public static async Task<BotApp> StartAsync(IReadOnlyDictionary<string, string?> extra)
    {
        var settings = new Dictionary<string, string?>(extra)
        {
            ["Roles:Admins:0"] = TriageKit.Admin,
            ["Roles:Coordinators:0"] = TriageKit.Coordinator1,
            ["Delivery:PollInterval"] = "00:00:00.100",
            ["Reminders:WorkerEnabled"] = "false",
            ["Expertise:SeedFile"] = Path.Combine(AppContext.BaseDirectory, "Expertise", "demo-directory.json"),
        };
        var app = await BotApp.StartAsync(extra: settings);
        await using (var db = await IntakeTranscriptTests.Db(app))
        {
            db.AddRange(
                Person(SessionKit.Manager, "Marieke Vissering", "mt-lid|lijnmanager", "MT Asiel en Bescherming"),
                Person(SessionKit.Expert, "Joost Bakkering", "inhoudsdeskundige", null),
                Person(SessionKit.Expert2, "Anouk de Boering", "gespreksleider", null));
            await db.SaveChangesAsync();
        }
        await TriageKit.RegisterChannelAsync(app);
        return app;
    }

    /// <summary>Raises the casus as the test user; a unit remembered from an earlier casus is not asked again.</summary>
    public static async Task<Casus> RaiseAsync(BotApp app, string visibility, string story)
    {
        await app.SayAsync("nieuwe casus");
        await IntakeTranscriptTests.AfterStoryAsync(app, await app.SayAsync(story));
        await app.SayAsync("1");
        if ((await app.SayAsync("geen")).Texts().Contains("Bij welke organisatie")) await app.SayAsync("IND, directie Asiel en Bescherming");
        await app.SayAsync(visibility);
        var (body, _) = await app.ClickAsync("intake.submit", new { confirm = "submit" });
        Assert.Contains("Ingediend als CS-", body!.ToJsonString());
        return await LatestAsync(app);
    }

    public static async Task AskAndAnswerAsync(BotApp app, Casus casus)
    {
        var question = $"Sinds wanneer speelt {casus.Reference}?";
        (await app.PostAsync(app.ClickAs("triage.ask", new { casusId = casus.Id.ToString(), question }, TriageKit.Coordinator1, "Pieter Jansen"))).EnsureSuccessStatusCode();
        var card = await TriageKit.WaitForAuthorMessageAsync(app, m => TriageKit.CardJson(m).Contains(question));
        var questionId = System.Text.Json.Nodes.JsonNode.Parse(TriageKit.CardJson(card))!["actions"]![0]!["data"]!["questionId"]!.GetValue<long>();
        var (answered, _) = await app.ClickAsync("casus.answer", new { questionId, answer = "Sinds mei van dit jaar." });
        Assert.Contains("Sinds mei van dit jaar.", answered!.ToJsonString());
    }

    /// <summary>Naar het Spreekuur, a date next month, and the invitations sent (for an anonymous casus after its author agreed).</summary>
    public static async Task InvitePanelAsync(BotApp app, Casus casus)
    {
        var current = await ReloadAsync(app, casus.Id);
        await PanelKit.CoordinatorAsync(app, "triage.spreekuur", new { casusId = casus.Id, current.Version });
        var panel = await PanelOfAsync(app, casus.Id);
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd");
        Assert.Contains("panel.send", await PanelKit.CoordinatorAsync(app, "panel.schedule",
            new { panelId = panel.Id, version = panel.Version, sessionDate = date, sessionTime = "14:00", place = "Teams-vergadering" }));
        panel = await PanelOfAsync(app, casus.Id);
        // An anonymous casus' panel goes to its author first; they agree.
        await PreviewKit.AgreeIfAskedAsync(app, await PanelKit.CoordinatorAsync(app, "panel.send", new { panelId = panel.Id, version = panel.Version }), panel.Id);
    }

    /// <summary>Records the outcome with its signal, closes the signal as its owner, and waits until the author hears of it.</summary>
    public static async Task ConcludeAsync(BotApp app, Casus casus)
    {
        await SessionOutcomeTests.RecordAsync(app, casus.Id.ToString(), actionPoints: 1);
        Signal signal;
        await using (var db = await IntakeTranscriptTests.Db(app)) signal = await db.Set<Signal>().AsNoTracking().SingleAsync(s => s.SourceCasusId == casus.Id);
        await SignalKit.ClickAsync(app, signal.OwnerAadObjectId, "signal.close", signal,
            new { resolution = "opgelost-uitvoeringsregels", resolutionText = "De werkinstructie is aangepast." });
        await SignalKit.WaitForAsync(app, SignalKit.AuthorChat, a => a.Text?.Contains(signal.Reference) == true);
    }

    /// <summary>Until nothing waits in the outbox: what is dumped then is what stays.</summary>
    public static Task WaitUntilDeliveredAsync(BotApp app) => app.DeliverAllAsync();

    private static async Task<Casus> LatestAsync(BotApp app)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<Casus>().AsNoTracking().OrderByDescending(c => c.Number).FirstAsync();
    }

    private static async Task<Casus> ReloadAsync(BotApp app, Guid id)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<Casus>().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private static async Task<Panel> PanelOfAsync(BotApp app, Guid casusId)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<Panel>().AsNoTracking().SingleAsync(p => p.CasusId == casusId);
    }

    private static Person Person(string aad, string name, string roles, string? mt) => new()
    {
        AadObjectId = aad, Name = name, Email = name.Replace(' ', '.').ToLowerInvariant() + "@casuistiek.example", Roles = roles, Mt = mt,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
