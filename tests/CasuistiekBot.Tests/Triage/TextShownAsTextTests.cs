using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Triage;

/// <summary>
/// What an author or a coordinator types reaches the other side as text: a markdown link, an image, emphasis, a
/// mention, HTML and a right-to-left override do not turn into a link, a picture, bold text, a mention or reversed
/// text on the cards and in the messages the bot sends.
/// </summary>
public sealed partial class TextShownAsTextTests
{
    private const string Tricks =
        " Zie [klik hier](https://evil.example/x) en ![foto](https://evil.example/p.png), **lees dit**, <at>iedereen</at>, " +
        "<b>vet</b> &amp; \u202Eomgekeerd\u202C.";

    [Fact]
    public async Task A_story_with_markdown_mentions_html_and_a_bidi_override_shows_literally_to_author_and_coordinators()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);

        await IntakeTranscriptTests.RaiseToSummaryAsync(app, story: IntakeTranscriptTests.Story + Tricks);
        var summary = app.Messages.Last(m => TriageKit.CardJson(m).Contains("intake.submit"));
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var triage = await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("triage.spreekuur"));

        AssertShownLiterally(ShownText(summary));
        AssertShownLiterally(ShownText(triage));
        Assert.Contains(@"[klik hier\](https://evil.example/x)", ShownText(triage));
        // A typed mention is taken out of a message before the bot reads it, so the story never holds one.
        Assert.DoesNotContain("iedereen", ShownText(triage));
    }

    [Fact]
    public async Task A_coordinators_motivation_with_the_same_tricks_reaches_the_author_as_text()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var (casusId, version) = TriageKit.Ids(await TriageKit.SubmitCasusAsync(app));

        await app.PostAsync(app.ClickAs("triage.reject", new { casusId, version, reason = "Hoort hier niet." + Tricks }, TriageKit.Coordinator1, "Pieter Jansen"));
        var message = await TriageKit.WaitForAuthorMessageAsync(app, m => m.Text?.Contains("Hoort hier niet.") == true);

        AssertShownLiterally(message.Text!);
        Assert.Contains(@"\<at>iedereen\</at>", message.Text);
        var decided = await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Hoort hier niet."));
        AssertShownLiterally(ShownText(decided));
    }

    private static void AssertShownLiterally(string shown)
    {
        Assert.DoesNotContain('\u202E', shown);
        Assert.DoesNotContain('\u202C', shown);
        Assert.Contains("omgekeerd", shown);
        Assert.Contains(@"\*\*lees dit\*\*", shown);
        Assert.Contains(@"\&amp;", shown);
        Assert.Contains(@"\<b>vet\</b>", shown);
        // Nothing the renderer could still read as a link, an image, emphasis or a tag.
        Assert.DoesNotMatch(UnescapedMarkup(), shown);
    }

    /// <summary>The text a Teams client renders from a card: TextBlocks and facts, where markdown is read.</summary>
    private static string ShownText(Activity activity)
    {
        var card = JsonNode.Parse(TriageKit.CardJson(activity))!;
        var shown = new List<string>();
        void Walk(JsonNode? node, bool inFacts)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["type"]?.GetValue<string>() == "TextBlock" && obj["text"] is JsonValue text) shown.Add(text.ToString());
                    if (inFacts) shown.AddRange(new[] { obj["title"], obj["value"] }.OfType<JsonValue>().Select(v => v.ToString()));
                    foreach (var (name, child) in obj) Walk(child, name == "facts");
                    break;
                case JsonArray array:
                    foreach (var item in array) Walk(item, inFacts);
                    break;
            }
        }
        Walk(card["body"], false);
        return string.Join("\n", shown);
    }

    // "](" , "*" or "<" without a backslash before it.
    [GeneratedRegex(@"(?<!\\)(\]\(|\*|<)")]
    private static partial Regex UnescapedMarkup();
}
