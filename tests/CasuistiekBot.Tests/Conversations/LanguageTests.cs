using CasuistiekBot.Conversations;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Conversations;

/// <summary>
/// The bot answers in the language the person writes, keeps it through short messages, keeps a language the person
/// chose, and speaks one configured language in the coordinators' channel.
/// </summary>
public sealed class LanguageTests
{
    [Fact]
    public async Task A_dutch_employee_with_an_english_teams_who_writes_dutch_is_answered_in_dutch_throughout()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var greeting = await app.SayAsync("hallo", "en-US");
        var start = await app.SayAsync("nieuwe casus", "en-US");
        var next = await app.SayAsync(IntakeTranscriptTests.Story, "en-US");

        Assert.Contains("Welkom bij CasuistiekBot", greeting.Texts());
        Assert.DoesNotContain("Welcome to CasuistiekBot", greeting.Texts());
        Assert.DoesNotMatch(@"\b(the|your|you)\b", start.All());
        Assert.DoesNotMatch(@"\b(the|your|you)\b", next.All());
        Assert.Matches(@"\b(je|jouw|wat)\b", next.All());
    }

    [Fact]
    public async Task Someone_who_writes_english_in_a_dutch_teams_gets_english_also_for_a_short_message_after()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var greeting = await app.SayAsync("Hello, I would like some help please", "nl-NL");
        var help = await app.SayAsync("help", "nl-NL");
        var fresh = await app.SayAsync("help", "nl-NL", conversationId: "a:personal-2");

        Assert.Contains("Welcome to CasuistiekBot", greeting.Texts() + help.Texts());
        Assert.Contains("Welcome to CasuistiekBot", help.Texts());
        Assert.Contains("Welkom bij CasuistiekBot", fresh.Texts());
    }

    [Fact]
    public async Task A_chosen_language_wins_over_what_is_written_is_kept_for_later_messages_and_can_be_undone()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);
        await app.SayAsync("hallo");

        var chosen = await app.SayAsync("taal engels");
        var dutchWritten = await app.SayAsync("hallo");
        await using (var db = await IntakeTranscriptTests.Db(app))
        {
            Assert.Equal("en", await PersonLanguage.OfAsync(db, "00000000-0000-4000-8000-000000000101", CancellationToken.None));
        }
        var undone = await app.SayAsync("taal automatisch");
        var dutchAgain = await app.SayAsync("hallo");

        Assert.Contains("from now on I write to you in English", chosen.Texts());
        Assert.Contains("Welcome to CasuistiekBot", dutchWritten.Texts());
        Assert.Contains("ik antwoord weer in de taal waarin je schrijft", undone.Texts());
        Assert.Contains("Welkom bij CasuistiekBot", dutchAgain.Texts());
    }

    [Fact]
    public async Task The_coordinators_channel_speaks_its_configured_language_whatever_the_coordinators_locale()
    {
        await using var dutch = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(dutch);
        var before = dutch.Connector.Requests.Count;
        (await dutch.PostAsync(dutch.InChannel("help", TriageKit.Coordinator1) with { Locale = "en-US" })).EnsureSuccessStatusCode();
        var dutchHelp = string.Join("\n", dutch.Connector.Requests.Skip(before).Where(r => r.Activity is not null).Select(r => Signals.SignalKit.Describe(r.Activity!)));

        await using var english = await BotApp.StartAsync(extra: new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = TriageKit.Admin,
            ["Roles:Coordinators:0"] = TriageKit.Coordinator1,
            ["Delivery:PollInterval"] = "00:00:00.100",
            ["Coordinators:ChannelLanguage"] = "en",
        });
        await TriageKit.RegisterChannelAsync(english);
        var triage = TriageKit.CardJson(await TriageKit.SubmitCasusAsync(english));
        before = english.Connector.Requests.Count;
        (await english.PostAsync(english.InChannel("help", TriageKit.Coordinator1))).EnsureSuccessStatusCode();
        var englishHelp = string.Join("\n", english.Connector.Requests.Skip(before).Where(r => r.Activity is not null).Select(r => Signals.SignalKit.Describe(r.Activity!)));

        Assert.Contains("Het coördinatorenkanaal", dutchHelp);
        Assert.Contains("The coordinators' channel", englishHelp);
        Assert.Contains("To the Spreekuur", triage);
        Assert.DoesNotContain("Naar het Spreekuur", triage);
        // Its dates too: "7 December 2026", not "7 december 2026".
        Assert.Matches(@"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}", triage);
        Assert.DoesNotMatch(@"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}", triage);
    }
}
