using CasuistiekBot.Delivery;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Welcome;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Triage;

/// <summary>
/// A message-back (Action.Submit) says which card it came from in replyToId, and anyone in the channel can forge that.
/// The shared triage card must not be replaced by the answer to one person's help button.
/// </summary>
public sealed class SharedCardMessageBackTests
{
    [Fact]
    public async Task A_forged_replyToId_cannot_replace_the_triage_card_with_someones_help_card()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app);
        await app.DeliverAllAsync();
        var triageCardId = await SentTriageCardIdAsync(app);

        var forged = app.InChannel("", TriageKit.Coordinator2, "Fatima El Amrani") with
        {
            Text = null,
            Value = System.Text.Json.JsonSerializer.SerializeToElement(new { verb = WelcomeVerbs.Help }),
            ReplyToId = triageCardId,
        };
        var response = await app.PostAsync(forged);

        response.EnsureSuccessStatusCode();
        Assert.DoesNotContain(app.Connector.Requests, r => r.Method == "PUT" && r.ActivityId == triageCardId && !TriageKit.CardJson(r.Activity!).Contains("triage.spreekuur"));
        // The help card still reaches the person who asked, as a message of its own.
        Assert.Contains(app.Connector.Requests, r => r.Method == "POST" && r.Activity is { } a && a.ReplyToId == forged.Id && a.Attachments is { Count: > 0 });
    }

    private static async Task<string> SentTriageCardIdAsync(BotApp app)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        var sent = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.ReplacesKey != null && m.ReplacesKey.StartsWith("triage:") && m.Status == OutboxStatus.Sent).FirstAsync();
        return sent.SentActivityId!;
    }
}
