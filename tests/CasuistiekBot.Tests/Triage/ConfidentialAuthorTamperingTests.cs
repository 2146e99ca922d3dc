using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using static CasuistiekBot.Tests.Triage.ConfidentialKit;

namespace CasuistiekBot.Tests.Triage;

/// <summary>
/// What a channel member (or a coordinator) can do with the data on a confidential triage card without learning a
/// name they should not: edit the refresh, or send the buttons as a message-back, whose answer the whole channel reads.
/// </summary>
public sealed class ConfidentialAuthorTamperingTests
{
    [Fact]
    public async Task A_refresh_or_reveal_with_an_edited_casus_id_or_seal_reveals_nothing_even_to_a_coordinator()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await MeetAsync(app, TriageKit.Coordinator1, "Pieter Jansen");
        var first = await TriageKit.SubmitCasusAsync(app);
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var second = await TriageKit.WaitForChannelCardAsync(app, c => c.Contains($"CS-{DateTime.UtcNow.Year}-0002"));
        var data = RefreshData(first);
        var seal = data["seal"]!.GetValue<string>();
        var tampered = new Dictionary<string, JsonNode>
        {
            ["another casus' id under this card's seal"] = With(data, TriageKit.Ids(second).CasusId, seal),
            ["an id that is no casus"] = With(data, Guid.NewGuid().ToString(), seal),
            ["an id that is no id"] = With(data, "'; DROP TABLE cases; --", seal),
            ["an edited seal"] = With(data, data["casusId"]!.GetValue<string>(), seal[..^4] + (seal.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA")),
            ["no seal"] = With(data, data["casusId"]!.GetValue<string>(), ""),
        };

        // The untouched data does name the author to this coordinator: the refusals below are the seal's doing.
        Assert.Contains(AuthorName, (await ConfidentialKit.AskAsync(app, Invoke(app, "triage.view", data, TriageKit.Coordinator1, "Pieter Jansen", refresh: true))).Value);
        foreach (var (what, edited) in tampered)
        {
            foreach (var verb in new[] { "triage.view", "triage.revealAuthor" })
            {
                var (type, value) = await ConfidentialKit.AskAsync(app, Invoke(app, verb, edited, TriageKit.Coordinator1, "Pieter Jansen", refresh: verb == "triage.view"));

                Assert.True(type == ContentTypes.ActivityMessage, $"{what} ({verb}) got {type}");
                Assert.DoesNotContain(AuthorName, value);
            }
        }
    }

    [Theory]
    [InlineData("triage.revealAuthor")]
    [InlineData("triage.ask")]
    public async Task A_coordinators_message_back_in_the_channel_posts_no_name(string verb)
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await MeetAsync(app, TriageKit.Coordinator1, "Pieter Jansen");
        var posted = await TriageKit.SubmitCasusAsync(app);
        var (casusId, version) = TriageKit.Ids(posted);
        var seal = RefreshData(posted)["seal"]!.GetValue<string>();

        // Action.Submit is the fallback of the triage buttons; its answer is posted in the thread for everyone.
        var messageBack = app.InChannel("", TriageKit.Coordinator1, "Pieter Jansen") with
        {
            Text = null,
            Value = JsonSerializer.SerializeToElement(new { verb, casusId, version, seal, question = "Wie heeft er al naar gekeken?" }),
        };
        (await app.PostAsync(messageBack)).EnsureSuccessStatusCode();
        if (verb == "triage.ask") await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Wie heeft er al naar gekeken?"));
        await app.DeliverAllAsync();

        Assert.All(ChannelTraffic(app), body => Assert.DoesNotContain(AuthorName, body));
    }

    private static JsonNode With(JsonNode data, string casusId, string seal)
    {
        var copy = data.DeepClone();
        copy["casusId"] = casusId;
        copy["seal"] = seal;
        return copy;
    }
}
