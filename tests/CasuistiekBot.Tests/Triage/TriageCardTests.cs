using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Triage;

/// <summary>
/// The triage card as the coordinators' channel receives it: the full reference, the author's own words first and every
/// field they gave, the route advice as a ranked list in words with its reasons behind a "Waarom?" toggle, and no scores.
/// </summary>
public sealed class TriageCardTests
{
    // Sunday 22 November 2026: a deadline on Tuesday 24 November falls inside the usual triage period, so the casus is urgent.
    private static readonly DateTimeOffset Sunday = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private const string ShortStory = "Een vader wacht al een jaar op gezinshereniging met zijn twee kinderen.";
    private const string Situation = "De nareisaanvraag ligt stil omdat een geboorteakte ontbreekt die het land niet afgeeft.";
    private const string Chafes = "De regel vraagt een document dat niet te krijgen is.";
    private const string Tried = "Navraag gedaan bij de ambassade.";

    [Fact]
    public async Task The_card_shows_the_full_reference_the_authors_fields_and_ranked_advice_in_words_with_the_reasons_behind_a_toggle()
    {
        await using var app = await TriageKit.StartAsync(new FakeTimeProvider(Sunday));
        await TriageKit.RegisterChannelAsync(app);

        var card = JsonNode.Parse(TriageKit.CardJson(await RaiseAsync(app, "24-11-2026", "2")))!.AsObject();
        var shown = Shown(card["body"]);
        var json = card.ToJsonString();

        var reference = card["body"]![0]!.AsObject();
        Assert.Equal("CS-2026-0001", reference["text"]!.GetValue<string>());
        Assert.True(reference["wrap"]!.GetValue<bool>());
        Assert.Contains("URGENT", shown);
        Assert.True(shown.IndexOf("gezinshereniging", StringComparison.Ordinal) < shown.IndexOf("Situatie", StringComparison.Ordinal));
        foreach (var part in new[] { "In de woorden van de inbrenger", "Situatie", "geboorteakte ontbreekt", "Wat schuurt", "niet te krijgen",
            "Al geprobeerd", "ambassade", "Wens", "Haast", "24 november 2026", "Directie", "IND, Asiel en Bescherming", "Inbrenger", "vertrouwelijk" })
        {
            Assert.Contains(part, shown);
        }
        // "1\." is the escaped "1." a markdown renderer would otherwise turn into a list of its own.
        Assert.Matches(@"(?m)^1\\\. .+ — past het best$", shown);
        Assert.Matches(@"(?m)^2\\\. .+ — past ", shown);
        Assert.Matches(@"(?m)^3\\\. .+ — past ", shown);
        Assert.DoesNotContain("(0,", json);
        Assert.DoesNotContain("(1,", json);
        Assert.DoesNotContain("Test Gebruiker", json);

        var toggle = Find(card["body"], o => o["type"]?.GetValue<string>() == "Action.ToggleVisibility").Single();
        Assert.Equal("Waarom?", toggle["title"]!.GetValue<string>());
        var target = toggle["targetElements"]![0]!.GetValue<string>();
        var why = Find(card["body"], o => o["id"]?.GetValue<string>() == target).Single();
        Assert.False(why["isVisible"]!.GetValue<bool>());
        Assert.Contains("signaalwoorden", Shown(why));
        Assert.Contains("Gezinshereniging", Shown(why));
        // The reasons sit only behind the toggle.
        Assert.DoesNotContain("signaalwoorden", Shown(new JsonArray(card["body"]!.AsArray().Where(n => n != why).Select(n => n!.DeepClone()).ToArray())));

        foreach (var verb in new[] { "triage.spreekuur", "triage.refer", "triage.ask", "triage.reject" }) Assert.Contains($"\"verb\":\"{verb}\"", json);
        Assert.Equal("triage.spreekuur", card["actions"]![0]!["data"]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task In_english_the_card_reads_in_english_and_an_anonymous_author_shows_as_anonymous_only()
    {
        await using var app = await BotApp.StartAsync(authenticated: false, clock: new FakeTimeProvider(Sunday), extra: new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = TriageKit.Admin,
            ["Coordinators:ChannelLanguage"] = "en",
            ["Delivery:PollInterval"] = "00:00:00.100",
        });
        await TriageKit.RegisterChannelAsync(app);

        var card = JsonNode.Parse(TriageKit.CardJson(await RaiseAsync(app, "geen", "3")))!.AsObject();
        var shown = Shown(card["body"]);

        Assert.Contains("In the author's own words", shown);
        Assert.Contains("Situation", shown);
        Assert.Contains("What chafes", shown);
        Assert.Contains("the best fit", shown);
        Assert.Contains("anonymous", shown);
        Assert.DoesNotContain("Test Gebruiker", card.ToJsonString());
        Assert.DoesNotContain("URGENT", shown);
        Assert.Equal("Why?", Find(card["body"], o => o["type"]?.GetValue<string>() == "Action.ToggleVisibility").Single()["title"]!.GetValue<string>());
    }

    private static async Task<Activity> RaiseAsync(BotApp app, string deadline, string visibility)
    {
        await app.SayAsync("nieuwe casus");
        await app.SayAsync(ShortStory);
        await app.SayAsync(Situation);
        // One question asks what chafes and what was tried; the answer is split over both.
        await app.SayAsync(Chafes + " " + Tried);
        await app.SayAsync("1");
        await app.SayAsync(deadline);
        await app.SayAsync("IND, Asiel en Bescherming");
        await app.SayAsync(visibility);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        return await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("triage.spreekuur"));
    }

    private static IEnumerable<JsonObject> Find(JsonNode? node, Func<JsonObject, bool> match)
    {
        if (node is JsonObject obj)
        {
            if (match(obj)) yield return obj;
            foreach (var (_, child) in obj) foreach (var found in Find(child, match)) yield return found;
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array) foreach (var found in Find(item, match)) yield return found;
        }
    }

    /// <summary>The texts, titles and fact values in reading order.</summary>
    private static string Shown(JsonNode? node) => string.Join("\n", Find(node, _ => true)
        .SelectMany(o => new[] { o["text"], o["title"], o["value"] }).OfType<JsonValue>()
        .Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String).Select(v => v.GetValue<string>()));
}
