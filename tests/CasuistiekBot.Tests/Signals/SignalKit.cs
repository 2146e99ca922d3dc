using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Signals;

/// <summary>
/// A bot with coordinators, a registered coordinators' channel and a small directory: an owner and a colleague in
/// "MT Asiel" and their DG. Each person has talked to the bot once, so it knows their 1:1 chat and time zone.
/// </summary>
internal static class SignalKit
{
    public const string Owner = "00000000-0000-4000-8000-0000000000e1";
    public const string Colleague = "00000000-0000-4000-8000-0000000000e2";
    public const string Dg = "00000000-0000-4000-8000-0000000000e3";
    public const string Outsider = "00000000-0000-4000-8000-0000000000e4";
    public const string Mt = "MT Asiel";
    public const string AuthorChat = "a:personal-1";

    public static string ChatOf(string aad) => "a:chat-" + aad[^2..];

    public static async Task<BotApp> StartAsync(TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? extra = null, bool seed = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = TriageKit.Admin,
            ["Roles:Coordinators:0"] = TriageKit.Coordinator1,
            ["Delivery:PollInterval"] = "00:00:00.100",
            ["Reminders:WorkerEnabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        var app = await BotApp.StartAsync(authenticated: clock is null, clock: clock, extra: settings);
        if (!seed) return app;
        await TriageKit.RegisterChannelAsync(app);
        await SeedDirectoryAsync(app);
        foreach (var (aad, name) in new[] { (Owner, "Marieke Visser"), (Colleague, "Sanne de Vries"), (Dg, "Hendrik van den Berg"), (Outsider, "Olaf Buiten") })
        {
            await SayAsync(app, aad, name, "help");
        }
        return app;
    }

    public static async Task SeedDirectoryAsync(BotApp app)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        db.AddRange(
            Person(Owner, "Marieke Visser", "mt-lid|lijnmanager"),
            Person(Colleague, "Sanne de Vries", "mt-lid"),
            Person(Dg, "Hendrik van den Berg", "dg|mt-lid"),
            Person(Outsider, "Olaf Buiten", "inhoudsdeskundige"));
        await db.SaveChangesAsync();
    }

    private static Person Person(string aad, string name, string roles) => new()
    {
        AadObjectId = aad, Name = name, Email = name.Replace(' ', '.').ToLowerInvariant() + "@jenv.example", Roles = roles, Mt = Mt,
    };

    /// <summary>A message from this person in their own 1:1 chat, with the time zone their client reports.</summary>
    public static async Task SayAsync(BotApp app, string aad, string name, string text, string timeZone = "Europe/Amsterdam")
    {
        var activity = app.Message(text, ChatOf(aad)) with
        {
            From = new ChannelAccount { Id = "29:" + aad, Name = name, AadObjectId = aad },
            Entities = [new Entity { Type = "clientInfo", Extra = new() { ["timezone"] = JsonSerializer.SerializeToElement(timeZone) } }],
        };
        (await app.PostAsync(activity)).EnsureSuccessStatusCode();
    }

    /// <summary>Registers a signal the way the session outcome does: through the register, in a transaction.</summary>
    public static async Task<Signal> RegisterAsync(BotApp app, Guid? casusId = null, DateOnly? due = null, string owner = Owner)
    {
        var register = app.Services.GetRequiredService<SignalRegister>();
        await using var db = await IntakeTranscriptTests.Db(app);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var draft = new NewSignal("Vertrektermijn loopt door bij ziekenhuisopname", "Bij opname van een gezinslid loopt de termijn gewoon door.",
            SignalCategory.HarshRules, casusId, new SignalOwner(owner, owner == Owner ? "Marieke Visser" : "Sanne de Vries", Mt),
            due ?? DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).AddDays(60));
        var registration = await register.RegisterAsync(db, draft, TriageKit.Coordinator1, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return registration.Signal ?? throw new InvalidOperationException(registration.Refusal);
    }

    /// <summary>Raises and submits a casus as the author in <see cref="AuthorChat"/>; visibility "1" named, "2" confidential, "3" anonymous.</summary>
    public static async Task<Casus> RaiseCasusAsync(BotApp app, string visibility)
    {
        await IntakeTranscriptTests.RaiseToSummaryAsync(app, visibility);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<Casus>().AsNoTracking().OrderByDescending(c => c.CreatedAt).FirstAsync();
    }

    public static async Task<Signal> ReloadAsync(BotApp app, Guid id)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<Signal>().AsNoTracking().SingleAsync(s => s.Id == id);
    }

    /// <summary>Clicks a signal card button as a person in their own chat; returns the invoke body.</summary>
    public static async Task<JsonNode> ClickAsync(BotApp app, string aad, string verb, Signal signal, object? inputs = null, long? version = null, string trigger = "manual")
    {
        var data = JsonSerializer.SerializeToNode(inputs ?? new { })!.AsObject();
        data["verb"] = verb;
        data["signalId"] = signal.Id.ToString();
        data["version"] = version ?? signal.Version;
        var activity = app.Execute(verb) with
        {
            From = new ChannelAccount { Id = "29:" + aad, AadObjectId = aad, Name = "Iemand" },
            Conversation = new ConversationAccount { Id = ChatOf(aad), ConversationType = "personal", TenantId = Testing.Pipeline.TestActivities.TenantId },
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data }, trigger }, BotJson.Options),
        };
        var response = await app.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The last activity the bot sent (posted or updated) into a conversation that matches, once everything due is delivered.</summary>
    public static async Task<Activity> WaitForAsync(BotApp app, string conversationId, Func<Activity, bool> predicate)
    {
        await app.DeliverAllAsync();
        return TriageKit.SentTo(app, conversationId).LastOrDefault(predicate)
            ?? throw new InvalidOperationException($"Nothing matching in {conversationId}: " + string.Join(" | ", TriageKit.SentTo(app, conversationId).Select(Describe)));
    }

    public static string Describe(Activity activity) => activity.Text ?? TriageKit.CardJson(activity);

    public static string Card(JsonNode body) => body["value"]!.ToJsonString();

    public static string Text(JsonNode body) => body["value"]!.GetValue<string>();
}
