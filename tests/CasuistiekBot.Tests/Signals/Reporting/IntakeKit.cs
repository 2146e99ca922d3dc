using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Signals.Reporting;

/// <summary>
/// The signal kit with a signal keeper who has talked to the bot; <see cref="SignalKit.Outsider"/> (not in any MT)
/// reports signals in their own 1:1 chat.
/// </summary>
internal static class IntakeKit
{
    public const string Keeper = "00000000-0000-4000-8000-0000000000e5";
    public const string Reporter = SignalKit.Outsider;
    public const string ReporterName = "Olaf Buiten";

    public static async Task<BotApp> StartAsync()
    {
        var app = await SignalKit.StartAsync(extra: new Dictionary<string, string?> { ["Roles:SignalKeepers:0"] = Keeper });
        await SignalKit.SayAsync(app, Keeper, "Ingrid Beheer", "help");
        return app;
    }

    /// <summary>Types "signaal melden" in the reporter's chat and returns the form.</summary>
    public static async Task<JsonNode> FormAsync(BotApp app)
    {
        await SignalKit.SayAsync(app, Reporter, ReporterName, "signaal melden");
        var card = await SignalKit.WaitForAsync(app, SignalKit.ChatOf(Reporter), a => TriageKit.CardJson(a).Contains("signal.report"));
        return JsonNode.Parse(TriageKit.CardJson(card))!;
    }

    /// <summary>Reports a signal through the form; returns the invoke body.</summary>
    public static async Task<JsonNode> ReportAsync(BotApp app, string what = "De vertrektermijn loopt door als een gezinslid in het ziekenhuis ligt. Dat is onwerkbaar.",
        string rule = "Vreemdelingenbesluit 2000, artikel 6.1", string example = "Een vader moest vertrekken terwijl zijn dochter werd geopereerd.")
    {
        var form = await FormAsync(app);
        return await ClickAsync(app, Reporter, ReporterName, "signal.report", SessionKit.Inputs(form, "signal.report", new { what, rule, example }));
    }

    /// <summary>A card action by this person in their own 1:1 chat with the bot.</summary>
    public static async Task<JsonNode> ClickAsync(BotApp app, string aad, string name, string verb, IDictionary<string, object?> data)
    {
        var body = JsonSerializer.SerializeToNode(data)!.AsObject();
        body["verb"] = verb;
        var activity = app.Execute(verb) with
        {
            From = new ChannelAccount { Id = "29:" + aad, AadObjectId = aad, Name = name },
            Conversation = new ConversationAccount { Id = SignalKit.ChatOf(aad), ConversationType = "personal", TenantId = Testing.Pipeline.TestActivities.TenantId },
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data = body }, trigger = "manual" }, BotJson.Options),
        };
        var response = await app.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The keeper's triage card of a reported signal, as delivered to the keeper's chat.</summary>
    public static async Task<JsonNode> KeeperCardAsync(BotApp app, string reference)
    {
        var card = await SignalKit.WaitForAsync(app, SignalKit.ChatOf(Keeper), a => TriageKit.CardJson(a).Contains(reference) && TriageKit.CardJson(a).Contains("signal.intake.accept"));
        return JsonNode.Parse(TriageKit.CardJson(card))!;
    }

    /// <summary>A keeper's decision from the triage card, with these inputs.</summary>
    public static async Task<JsonNode> DecideAsync(BotApp app, JsonNode keeperCard, string verb, object inputs, string aad = Keeper, string name = "Ingrid Beheer") =>
        await ClickAsync(app, aad, name, verb, SessionKit.Inputs(keeperCard, verb, inputs));

    public static string ReferenceOf(JsonNode reportAnswer) =>
        System.Text.RegularExpressions.Regex.Match(reportAnswer.ToJsonString(), @"SG-\d{4}-\d{4}").Value;

    public static Task<Activity> ToReporterAsync(BotApp app, Func<string, bool> predicate) =>
        SignalKit.WaitForAsync(app, SignalKit.ChatOf(Reporter), a => a.Text is { } text && predicate(text));

    public static string Accept => "signal.intake.accept";
    public static string Merge => "signal.intake.merge";
    public static string Decline => "signal.intake.decline";

    public static object AcceptInputs => new { owner = SignalKit.Owner, category = SignalCategory.HarshRules, due = SessionKit.Day(40) };
}
