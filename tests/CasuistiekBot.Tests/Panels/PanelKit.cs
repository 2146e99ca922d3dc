using System.Text.Json.Nodes;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Panels;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Panels;

/// <summary>
/// A bot with coordinators, a registered channel and the demo directory, and a casus sent to the Spreekuur. The test
/// user who raises the casus is not in the directory; the demo's line managers of "IND, Directie Asiel en Bescherming"
/// are Marieke Visser and Ruud Hoekstra.
/// </summary>
internal static class PanelKit
{
    public const string Marieke = "7d3c1a52-5b8e-4f0a-9c61-2e4b8a1f0005";
    public const string Ruud = "7d3c1a52-5b8e-4f0a-9c61-2e4b8a1f0007";
    public const string Joost = "7d3c1a52-5b8e-4f0a-9c61-2e4b8a1f0004";
    public const string Eva = "0cb1e29c-658c-4a14-95e6-0af593bd04cf";   // unavailable until 31 January 2027

    public static async Task<BotApp> StartAsync(TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = TriageKit.Admin,
            ["Roles:Coordinators:0"] = TriageKit.Coordinator1,
            ["Roles:Coordinators:1"] = TriageKit.Coordinator2,
            ["Delivery:PollInterval"] = "00:00:00.100",
            ["Expertise:SeedFile"] = Path.Combine(AppContext.BaseDirectory, "Expertise", "demo-directory.json"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        var app = await BotApp.StartAsync(authenticated: clock is null, clock: clock, extra: settings);
        await TriageKit.RegisterChannelAsync(app);
        return app;
    }

    /// <summary>Raises a casus, sends it to the Spreekuur as coordinator 1, and returns the draft panel.</summary>
    public static async Task<Panel> ToSpreekuurAsync(BotApp app, string visibility = "2", string unit = "IND, directie Asiel en Bescherming")
    {
        await IntakeTranscriptTests.RaiseToSummaryAsync(app, visibility, unit: unit);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        var response = await app.PostAsync(app.ClickAs("triage.spreekuur", new { casusId = casus.Id, casus.Version }, TriageKit.Coordinator1, "Pieter Jansen"));
        response.EnsureSuccessStatusCode();
        return await PanelAsync(app);
    }

    public static async Task<Panel> PanelAsync(BotApp app)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<Panel>().AsNoTracking().SingleAsync();
    }

    public static async Task<List<PanelMember>> MembersAsync(BotApp app)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<PanelMember>().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public static async Task<List<OutboxMessage>> OutboxAsync(BotApp app, string keyPrefix)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(keyPrefix)).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>A coordinator clicks a button on the panel card; returns the invoke body as text.</summary>
    public static async Task<string> CoordinatorAsync(BotApp app, string verb, object data, string who = TriageKit.Coordinator1, string name = "Pieter Jansen")
    {
        var response = await app.PostAsync(app.ClickAs(verb, data, who, name));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Someone clicks a button on a card in their own 1:1 chat.</summary>
    public static async Task<string> PersonAsync(BotApp app, string verb, object data, string aad, string name = "Panellid")
    {
        var activity = app.Execute(verb, data) with
        {
            Conversation = new ConversationAccount { Id = "a:personal-" + aad, ConversationType = "personal" },
            From = new ChannelAccount { Id = "29:" + aad, Name = name, AadObjectId = aad },
        };
        var response = await app.PostAsync(activity);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Sets a date next month at 14:00 and a meeting link; returns the new panel version.</summary>
    public static async Task<long> ScheduleAsync(BotApp app, Panel panel, DateOnly date)
    {
        var body = await CoordinatorAsync(app, "panel.schedule", new
        {
            panelId = panel.Id, version = panel.Version, sessionDate = date.ToString("yyyy-MM-dd"), sessionTime = "14:00",
            place = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123",
        });
        Assert.Contains("panel.send", body);
        return (await PanelAsync(app)).Version;
    }

    public static async Task<Panel> SendInvitationsAsync(BotApp app, DateOnly date)
    {
        var panel = await PanelAsync(app);
        var version = await ScheduleAsync(app, panel, date);
        var body = await CoordinatorAsync(app, "panel.send", new { panelId = panel.Id, version });
        await PreviewKit.AgreeIfAskedAsync(app, body, panel.Id);
        return await PanelAsync(app);
    }

    public static JsonNode Card(string invokeBody) => JsonNode.Parse(invokeBody)!["value"]!;
}
