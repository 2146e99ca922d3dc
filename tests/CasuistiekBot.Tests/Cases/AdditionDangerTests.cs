using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Pipeline;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Cases;

/// <summary>
/// An addition that mentions acute danger is met as during an intake: care and the concrete steps first, the casus
/// marked urgent, and the coordinators alerted at once without the author.
/// </summary>
public sealed class AdditionDangerTests
{
    private const string DangerAddition = "Hij belde vanochtend opnieuw en zei dat hij zijn pillen heeft gespaard en er vannacht een eind aan maakt.";

    private const string EnglishDangerFollowUp =
        "I should add that the client came back to the counter this morning and threatened my colleague with a knife when she explained the decision.";

    [Fact]
    public async Task Danger_in_an_addition_gets_the_care_message_first_marks_the_casus_urgent_and_alerts_the_channel_without_the_author()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app, "1");
        var before = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.False(before.Urgent);

        var (body, messages) = await app.ClickAsync("cases.add", new { casusId = before.Id.ToString(), addition = DangerAddition });

        Assert.Contains("Toegevoegd aan " + before.Reference, body!.ToJsonString());
        // The first thing said to the author in that turn (a typing indicator carries no text; the channel's alert may
        // arrive before it, in its own conversation).
        var care = ToAuthor(messages).First(m => m.Text is { Length: > 0 }).Text!;
        Assert.Contains("Wat je schrijft, klinkt alsof iemand nu in gevaar kan zijn", care);
        Assert.Contains("Bel **112**", care);
        Assert.Contains("113 Zelfmoordpreventie: 0800-0113", care);
        Assert.Contains("crisis- of calamiteitenprocedure", care);
        Assert.Contains("leidinggevende", care);
        Assert.Contains(before.Reference + " staat nu als urgent gemarkeerd", care);
        var after = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.True(after.Urgent);
        Assert.Equal("suicide", after.AcuteDanger);
        Assert.True(after.TriageDueAt < before.TriageDueAt);

        var alert = await WaitForChannelTextAsync(app, "Acuut gevaar genoemd in een aanvulling");
        Assert.Equal($"Acuut gevaar genoemd in een aanvulling op {before.Reference} (zelfdoding of zelfbeschadiging). "
            + "De inbrenger kreeg meteen de crisisstappen; de casus staat nu als urgent gemarkeerd.", alert);
        var author = TestActivities.Message("x").From!;
        Assert.DoesNotContain(author.Name!, alert);
        Assert.DoesNotContain("pillen", alert);
        var card = TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("URGENT: acuut gevaar genoemd")));
        Assert.Contains("Aanvullingen van de inbrenger", card);
    }

    [Fact]
    public async Task An_english_follow_up_with_a_threat_to_staff_added_to_an_anonymous_casus_is_answered_in_english()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app, "3");
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.Equal(CasusVisibility.Anonymous, casus.Visibility);

        // Danger first, before the question where the message belongs.
        var first = await app.SayAsync(EnglishDangerFollowUp, "en-GB");
        var firstText = ToAuthor(first).First(m => m.Text is { Length: > 0 }).Text!;
        Assert.Contains("Call **112**", firstText);
        Assert.Contains("Say below which case this belongs to", firstText);
        Assert.Contains($"Is this an addition to {casus.Reference} or a new case?", first.Texts());
        var early = await WaitForChannelTextAsync(app, "Acuut gevaar genoemd in een bericht van iemand met een open casus");
        Assert.DoesNotContain(TestActivities.Message("x").From!.Name!, early);
        Assert.DoesNotContain(casus.Reference, early);
        var reply = await app.SayAsync("Addition", "en-GB");

        // The channel's refreshed triage card may be delivered during this turn too; the care message is the first text in the author's chat.
        var care = ToAuthor(reply).First(m => m.Text is { Length: > 0 }).Text!;
        Assert.Contains("Call **112**", care);
        Assert.Contains("report it as an incident", care);
        Assert.Contains(casus.Reference + " is now marked urgent", care);
        Assert.DoesNotContain("0800-0113", care);
        Assert.Contains("your addition is with " + casus.Reference, reply.SkipWhile(m => m.Text != care).Skip(1).Texts());
        var stored = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.True(stored.Urgent);
        Assert.Contains("staff", stored.AcuteDanger!.Split(','));

        var alert = await WaitForChannelTextAsync(app, "Acuut gevaar genoemd in een aanvulling");
        Assert.Contains("bedreiging van medewerkers", alert);
        var author = TestActivities.Message("x").From!;
        Assert.DoesNotContain(author.Name!, alert);
        Assert.DoesNotContain(author.AadObjectId!, alert);
    }

    [Theory]
    [InlineData("Ter aanvulling: er is geen gevaar voor de kinderen, ze wonen veilig bij hun oma, maar de school wil een verklaring.")]
    [InlineData("Stel dat hij dreigt zichzelf iets aan te doen, wat doen we dan? Dat wil ik graag in het Spreekuur bespreken.")]
    public async Task A_denied_or_hypothetical_danger_in_an_addition_gets_no_care_message_and_no_alert(string text)
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app, "1");
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        var (body, messages) = await app.ClickAsync("cases.add", new { casusId = casus.Id.ToString(), addition = text });

        Assert.Contains("Toegevoegd aan " + casus.Reference, body!.ToJsonString());
        Assert.DoesNotContain("112", messages.Texts());
        var stored = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.False(stored.Urgent);
        Assert.Null(stored.AcuteDanger);
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Aanvullingen van de inbrenger"));
        Assert.DoesNotContain(TriageKit.SentTo(app, TriageKit.Channel), a => a.Text?.Contains("Acuut gevaar") == true);
    }

    private static async Task<string> WaitForChannelTextAsync(BotApp app, string fragment)
    {
        await app.DeliverAllAsync();
        return TriageKit.SentTo(app, TriageKit.Channel).FirstOrDefault(a => a.Text?.Contains(fragment, StringComparison.Ordinal) == true)?.Text
            ?? throw new InvalidOperationException("No channel message with " + fragment);
    }

    private static IEnumerable<Activity> ToAuthor(IEnumerable<Activity> messages) =>
        messages.Where(m => m.Conversation?.Id == TestActivities.Message("x").Conversation!.Id);
}
