using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Signals;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Cases;

/// <summary>
/// The author's view of their casus in "mijn casussen": what happened at each step in plain words, every message the
/// bot sent them, and a message that could not reach them offered again the next time they talk to the bot.
/// </summary>
public sealed class OutcomeViewTests
{
    [Fact]
    public async Task The_casus_detail_tells_each_step_and_holds_every_message_the_author_was_sent()
    {
        await using var app = await CasusJourney.StartAsync(new Dictionary<string, string?>());
        var casus = await CasusJourney.RaiseAsync(app, "1", IntakeTranscriptTests.Story);
        await CasusJourney.AskAndAnswerAsync(app, casus);
        await CasusJourney.InvitePanelAsync(app, casus);
        await CasusJourney.ConcludeAsync(app, casus);
        await CasusJourney.WaitUntilDeliveredAsync(app);

        var (body, _) = await app.ClickAsync("cases.open", new { casusId = casus.Id.ToString() });
        var card = Texts(body!);

        Assert.Contains("Vraag: Sinds wanneer speelt " + casus.Reference + "?", card);
        Assert.Contains("Jouw antwoord: Sinds mei van dit jaar.", card);
        Assert.Contains("Besluit van de coördinatoren", card);
        Assert.Contains("Pieter Jansen stuurde deze casus op", card);
        Assert.Contains("Spreekuur ingepland", card);
        Assert.Contains("Waar: Teams-vergadering", card);
        Assert.Contains("Gespreksleider: ", card);
        Assert.Contains("Uitkomst van het Spreekuur", card);
        Assert.Contains("Gedeeld beeld: ", card);
        Assert.Contains("Actiepunt 1: ", card);
        await using var db = await IntakeTranscriptTests.Db(app);
        var signal = await db.Set<Signal>().AsNoTracking().SingleAsync(s => s.SourceCasusId == casus.Id);
        Assert.Contains($"Signaal {signal.Reference}: {signal.Title}", card);
        Assert.Contains("Afgehandeld: Opgelost in de uitvoeringsregels. De werkinstructie is aangepast.", card);

        // Everything the outbox carried to the author can be read again in the casus.
        var pushed = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(AuthorMessenger.Group.Value + ":")).ToListAsync();
        Assert.True(pushed.Count >= 4, $"only {pushed.Count} messages reached the author");
        foreach (var text in pushed.Select(m => m.ReadActivity().Text).OfType<string>()) Assert.Contains(text, card);
        Assert.DoesNotContain("Niet bezorgd", card);
    }

    [Fact]
    public async Task The_detail_speaks_english_to_an_author_who_writes_english()
    {
        await using var app = await CasusJourney.StartAsync(new Dictionary<string, string?>());
        var casus = await CasusJourney.RaiseAsync(app, "1", IntakeTranscriptTests.Story);
        await CasusJourney.AskAndAnswerAsync(app, casus);

        await app.SayAsync("language english", locale: "en-US");
        var (body, _) = await app.ClickAsync("cases.open", new { casusId = casus.Id.ToString() }, locale: "en-US");
        var card = Texts(body!);

        Assert.Contains("What happened", card);
        Assert.Contains("A question from the coordinators", card);
        Assert.Contains("Your answer: Sinds mei van dit jaar.", card);
        Assert.Contains("Messages to you", card);
    }

    [Fact]
    public async Task A_message_that_did_not_reach_the_author_waits_in_the_casus_and_comes_first_when_they_next_talk()
    {
        await using var app = await SignalKit.StartAsync();
        var (casus, signal, news) = await NewsThatMissedTheAuthorAsync(app, "3", FakeResponse.Status(404, "ConversationNotFound"));
        Assert.Contains(signal.Reference, news.Text);

        // Not reported as blocked: the author has not been tried again yet.
        Assert.DoesNotContain(TriageKit.SentTo(app, TriageKit.Channel), a => a.Text?.Contains("inbrenger") == true || a.Text?.Contains("geblokkeerd") == true);

        // Only the author's chat: the outbox may deliver to others (the channel, the owner) while the turn runs.
        var replies = (await app.SayAsync("hallo")).Where(a => a.Conversation?.Id == SignalKit.AuthorChat).ToList();
        var offered = Texts(JsonNode.Parse(TriageKit.CardJson(replies[0]))!);
        Assert.Contains($"Er is nieuws over je casus {casus.Reference}", offered);
        Assert.Contains(news.Text, offered);
        Assert.Contains("cases.open", offered);
        Assert.True(replies.Count > 1, "the greeting still follows the news");

        var again = await app.SayAsync("hallo");
        Assert.DoesNotContain(again, a => TriageKit.CardJson(a).Contains("Er is nieuws over je casus"));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False((await db.Set<CasusNews>().AsNoTracking().SingleAsync(n => n.Id == news.Id)).Undelivered);
    }

    [Fact]
    public async Task A_message_naming_acute_danger_is_answered_with_care_before_the_waiting_news()
    {
        await using var app = await SignalKit.StartAsync();
        var (casus, _, _) = await NewsThatMissedTheAuthorAsync(app, "3", FakeResponse.Status(404, "ConversationNotFound"));

        // Only what reaches the author counts here; the coordinators' channel is alerted in the same turn.
        var replies = (await app.SayAsync("Ik ben bang dat mijn cliënt zichzelf iets aandoet, hij zei vanochtend aan de balie dat hij het niet meer ziet zitten.")).Where(a => a.Conversation?.Id == SignalKit.AuthorChat).ToList();

        var care = replies.FindIndex(a => a.Text?.Contains("0800-0113") == true);
        var news = replies.FindIndex(a => TriageKit.CardJson(a).Contains($"Er is nieuws over je casus {casus.Reference}"));
        Assert.Equal(0, care);
        Assert.True(news > care, $"the waiting news is still offered, after the care message (news at reply {news})");
    }

    [Fact]
    public async Task The_detail_marks_a_message_that_is_still_undelivered()
    {
        await using var app = await SignalKit.StartAsync();
        var (casus, _, _) = await NewsThatMissedTheAuthorAsync(app, "1", FakeResponse.Status(403, "ConversationBlockedByUser"));

        // Opening the casus from a card is not talking to the bot: the message stays waiting, and says so.
        var (body, _) = await app.ClickAsync("cases.open", new { casusId = casus.Id.ToString() });

        Assert.Contains("Niet bezorgd: staat hier voor je klaar.", Texts(body!));
    }

    /// <summary>
    /// Raises a casus with <paramref name="visibility"/>, registers a signal on it and closes that signal while the
    /// author's chat answers with <paramref name="refusal"/>: the feedback is kept as undelivered news.
    /// </summary>
    private static async Task<(Casus Casus, Signal Signal, CasusNews News)> NewsThatMissedTheAuthorAsync(BotApp app, string visibility, FakeResponse refusal)
    {
        var casus = await SignalKit.RaiseCasusAsync(app, visibility);
        var signal = await SignalKit.RegisterAsync(app, casus.Id);
        await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner), a => TriageKit.CardJson(a).Contains(signal.Reference));
        await CasusJourney.WaitUntilDeliveredAsync(app);
        app.Connector.RespondInConversation(SignalKit.AuthorChat, refusal);
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", signal, new { resolution = "uitgezocht-afgedaan", resolutionText = "Uitgezocht en afgedaan." });
        return (casus, signal, await WaitForUndeliveredAsync(app, casus.Id));
    }

    private static async Task<CasusNews> WaitForUndeliveredAsync(BotApp app, Guid casusId)
    {
        await app.DeliverAllAsync();
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<CasusNews>().AsNoTracking().FirstOrDefaultAsync(n => n.CasusId == casusId && n.Undelivered)
            ?? throw new InvalidOperationException("No message to the author was marked undelivered.");
    }

    /// <summary>Every string in the card, one per line: the sentences as the author reads them.</summary>
    private static string Texts(JsonNode body) => string.Join("\n", Strings(body));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        JsonObject item => item.SelectMany(p => Strings(p.Value)),
        JsonArray list => list.SelectMany(Strings),
        _ => [],
    };
}
