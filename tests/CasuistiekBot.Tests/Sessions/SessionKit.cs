using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Sessions;

/// <summary>A triage bot with a small directory (two managers, two experts) and helpers to get a casus to "ingepland".</summary>
internal static class SessionKit
{
    public const string Manager = "00000000-0000-4000-8000-0000000000d1";
    public const string DirectorGeneral = "00000000-0000-4000-8000-0000000000d2";
    public const string Expert = "00000000-0000-4000-8000-0000000000e1";
    public const string Expert2 = "00000000-0000-4000-8000-0000000000e2";
    public const string AuthorName = "Test Gebruiker";
    public const string AuthorAad = "00000000-0000-4000-8000-000000000101";

    public static async Task<BotApp> StartAsync(TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var app = await TriageKit.StartAsync(clock, extra);
        await using var db = await IntakeTranscriptTests.Db(app);
        db.AddRange(
            Person(Manager, "Marieke Visser", "mt-lid|lijnmanager", "MT Asiel en Bescherming"),
            Person(DirectorGeneral, "Hendrik van den Berg", "dg|mt-lid", "DG Migratie"),
            Person(Expert, "Joost Bakker", "inhoudsdeskundige", null),
            Person(Expert2, "Anouk de Boer", "gespreksleider", null));
        await db.SaveChangesAsync();
        await TriageKit.RegisterChannelAsync(app);
        return app;
    }

    /// <summary>Submits a casus and puts it on "ingepland" directly, as the panel feature will.</summary>
    public static async Task<string> ScheduledCasusAsync(BotApp app, string visibility = "2")
    {
        var (casusId, _) = TriageKit.Ids(await TriageKit.SubmitCasusAsync(app, visibility));
        await using var db = await IntakeTranscriptTests.Db(app);
        var casus = await db.Set<Casus>().SingleAsync(c => c.Id == Guid.Parse(casusId));
        Assert.True(casus.Decide(TriageVerdict.Spreekuur, casus.UpdatedAt).Succeeded);
        Assert.True(casus.Schedule(casus.UpdatedAt).Succeeded);
        await db.SaveChangesAsync();
        return casusId;
    }

    public static async Task<Casus> CasusAsync(BotApp app, string casusId)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<Casus>().AsNoTracking().SingleAsync(c => c.Id == Guid.Parse(casusId));
    }

    public static async Task<(JsonNode Body, string Raw)> ClickAsync(BotApp app, string verb, object data, string aad = TriageKit.Coordinator1, string name = "Pieter Jansen")
    {
        var response = await app.PostAsync(app.ClickAs(verb, data, aad, name));
        var raw = await response.Content.ReadAsStringAsync();
        return (JsonNode.Parse(raw)!, raw);
    }

    /// <summary>The card in an invoke answer (null for a message answer).</summary>
    public static JsonObject? Card(JsonNode body) => body["value"] is JsonObject value && value.ContainsKey("body") ? value : null;

    /// <summary>The data of the first Action.Execute with this verb anywhere in the card (ShowCards included).</summary>
    public static JsonObject Data(JsonNode card, string verb) =>
        Find(card, verb) ?? throw new InvalidOperationException($"No action '{verb}' on the card: {card.ToJsonString()}");

    public static bool Offers(JsonNode card, string verb) => Find(card, verb) is not null;

    /// <summary>The card's own data for <paramref name="verb"/> plus the inputs the user filled in.</summary>
    public static Dictionary<string, object?> Inputs(JsonNode card, string verb, object? inputs = null)
    {
        var values = Data(card, verb).Where(p => p.Key != "verb").ToDictionary(p => p.Key, p => (object?)p.Value?.ToString());
        foreach (var property in inputs?.GetType().GetProperties() ?? []) values[property.Name] = property.GetValue(inputs);
        return values;
    }

    public static string Day(int daysAhead) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(daysAhead)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Everything the bot sent anywhere but the author's own chat: for "no author identity elsewhere" checks.</summary>
    public static string SentElsewhere(BotApp app) =>
        string.Join("\n", app.Connector.Requests.Where(r => r.Activity is not null && r.ConversationId != "a:personal-1").Select(r => r.Body));

    private static JsonObject? Find(JsonNode node, string verb) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "Action.Execute" && obj["verb"]?.GetValue<string>() == verb => obj["data"]!.AsObject(),
        JsonObject obj => obj.Select(p => p.Value is null ? null : Find(p.Value, verb)).FirstOrDefault(d => d is not null),
        JsonArray array => array.Select(i => i is null ? null : Find(i, verb)).FirstOrDefault(d => d is not null),
        _ => null,
    };

    private static Person Person(string aad, string name, string roles, string? mt) => new()
    {
        AadObjectId = aad, Name = name, Email = name.Replace(' ', '.').ToLowerInvariant() + "@casuistiek.example", Roles = roles, Mt = mt,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
