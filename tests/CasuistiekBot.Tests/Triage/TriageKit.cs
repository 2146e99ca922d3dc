using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Triage;

/// <summary>A bot with an admin, two coordinators and a registered coordinators' channel.</summary>
internal static class TriageKit
{
    public const string Admin = "00000000-0000-4000-8000-0000000000a1";
    public const string Coordinator1 = "00000000-0000-4000-8000-0000000000c1";
    public const string Coordinator2 = "00000000-0000-4000-8000-0000000000c2";
    public const string Channel = "19:coordinatoren@thread.tacv2";

    public static Task<BotApp> StartAsync(TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = Admin,
            ["Roles:Coordinators:0"] = Coordinator1,
            ["Roles:Coordinators:1"] = Coordinator2,
            ["Delivery:PollInterval"] = "00:00:00.100",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return BotApp.StartAsync(authenticated: clock is null, clock: clock, extra: settings);
    }

    public static Activity InChannel(this BotApp app, string text, string aad, string name = "Pieter Jansen") => app.Message(text) with
    {
        Conversation = new ConversationAccount { Id = Channel + ";messageid=1700000000000", ConversationType = "channel", IsGroup = true },
        From = new ChannelAccount { Id = "29:" + aad, Name = name, AadObjectId = aad },
    };

    public static Activity ClickAs(this BotApp app, string verb, object data, string aad, string name) => app.Execute(verb, data) with
    {
        Conversation = new ConversationAccount { Id = Channel, ConversationType = "channel", IsGroup = true },
        From = new ChannelAccount { Id = "29:" + aad, Name = name, AadObjectId = aad },
    };

    public static async Task RegisterChannelAsync(BotApp app)
    {
        var response = await app.PostAsync(app.InChannel("registreer als coördinatoren-kanaal", Admin, "Beheerder"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Raises and submits a casus in the personal chat; returns the triage card delivered to the channel.</summary>
    public static async Task<Activity> SubmitCasusAsync(BotApp app, string visibility = "2")
    {
        await IntakeTranscriptTests.RaiseToSummaryAsync(app, visibility);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        return await WaitForChannelCardAsync(app, c => c.Contains("triage.spreekuur"));
    }

    /// <summary>The first card in the channel (after <paramref name="skip"/>) that matches, once everything due is delivered.</summary>
    public static async Task<Activity> WaitForChannelCardAsync(BotApp app, Func<string, bool> predicate, int skip = 0)
    {
        await app.DeliverAllAsync();
        return ChannelActivities(app).Skip(skip).FirstOrDefault(a => predicate(CardJson(a)))
            ?? throw new InvalidOperationException("No matching card in the channel: " + string.Join(" | ", ChannelActivities(app).Select(CardJson)));
    }

    /// <summary>The last message to the author that matches, once everything due is delivered.</summary>
    public static async Task<Activity> WaitForAuthorMessageAsync(BotApp app, Func<Activity, bool> predicate)
    {
        await app.DeliverAllAsync();
        return SentTo(app, "a:personal-1").LastOrDefault(predicate)
            ?? throw new InvalidOperationException("No matching message to the author: " + string.Join(" | ", SentTo(app, "a:personal-1").Select(m => m.Text ?? CardJson(m))));
    }

    public static IReadOnlyList<Activity> ChannelActivities(BotApp app) => SentTo(app, Channel).Where(a => a.Attachments is { Count: > 0 }).ToList();

    // Proactive activities carry no conversation of their own: where they went is in the request's path.
    public static IReadOnlyList<Activity> SentTo(BotApp app, string conversationId) =>
        app.Connector.Requests.Where(r => r.Method is "POST" or "PUT" && r.ConversationId == conversationId && r.Activity is { Type: "message" })
            .Select(r => r.Activity!).ToList();

    public static string CardJson(Activity activity) => activity.Attachments?.FirstOrDefault()?.Content?.GetRawText() ?? "";

    public static (string CasusId, long Version) Ids(Activity triageCard)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(CardJson(triageCard))!;
        var data = json["actions"]![0]!["data"]!;
        return (data["casusId"]!.GetValue<string>(), data["version"]!.GetValue<long>());
    }
}
