using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Testing.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Dialogs;

public sealed class IntakeTranscriptTests
{
    private readonly RecordingCompletionHandler _intake = new("intake.complete");
    private readonly TranscriptHarness _t;

    public IntakeTranscriptTests()
    {
        _t = new TranscriptHarness(TestFlows.Directory).StartFlowOn("nieuwe casus", "intake").StartFlowOn("new case", "intake");
        _t.Services.AddSingleton<IFlowCompletionHandler>(_intake);
    }

    [Fact]
    public async Task A_Dutch_intake_runs_from_story_to_completion()
    {
        await _t.Send("nieuwe casus");
        _t.Expect("Vertel in je eigen woorden");
        await _t.Send("Een gezin dreigt uit huis gezet te worden terwijl de aanvraag nog loopt.");
        var wish = _t.Expect("Wat wil je met je casus bereiken?");
        Assert.Equal("Advies over de casus", TranscriptHarness.Buttons(wish)[0]);
        Assert.Equal("Gehoord worden", TranscriptHarness.Buttons(wish)[3]);
        await _t.Send("2");
        _t.Expect("beslisdatum", "Typ 'geen'");
        await _t.Send("15-12-2026");
        _t.Expect("Mogen de coördinatoren je naam zien? (ja/nee)");
        var outcome = await _t.Send("ja");
        _t.Expect("Dank je, intake.complete klaar.");
        _t.ExpectNoMoreReplies();

        Assert.Equal(DialogTurnStatus.Completed, outcome.Status);
        var values = Assert.Single(_intake.Completed);
        Assert.Equal("Een gezin dreigt uit huis gezet te worden terwijl de aanvraag nog loopt.", values["story"]);
        Assert.Equal("gedeeld-beeld", values["wish"]);
        Assert.Equal("2026-12-15", values["deadline"]);
        Assert.Equal("true", values["named"]);
        Assert.Null(await _t.ActiveFrame());
    }

    [Fact]
    public async Task An_English_intake_speaks_English_and_understands_English_answers()
    {
        _t.Language = "en";
        await _t.Send("new case");
        _t.Expect("Tell me in your own words");
        await _t.Send("A detainee cannot call his lawyer because of a rule about phone hours.");
        var wish = _t.Expect("What would you like to achieve");
        Assert.Equal("Advice on the case", TranscriptHarness.Buttons(wish)[0]);
        Assert.StartsWith("Put a signal on the agenda", TranscriptHarness.Buttons(wish)[2]);
        await _t.Send("a shared view");
        _t.Expect("decision deadline", "Type 'none'");
        await _t.Send("2026-12-15");
        _t.Expect("May the coordinators see your name? (yes/no)");
        await _t.Send("no");
        _t.Expect("Thanks, intake.complete done.");

        var values = Assert.Single(_intake.Completed);
        Assert.Equal("gedeeld-beeld", values["wish"]);
        Assert.Equal("2026-12-15", values["deadline"]);
        Assert.Equal("false", values["named"]);
    }

    [Fact]
    public async Task Prefilled_answers_are_skipped_and_only_the_missing_steps_are_asked()
    {
        _t.StartFlowOn("casus met verhaal", "intake", new Dictionary<string, string>
        {
            ["story"] = "Het verhaal dat de gebruiker al vertelde.",
            ["deadline"] = "1-12-2026",
            ["conversationTopic"] = "kept as context",
        });

        await _t.Send("casus met verhaal");
        _t.Expect("Wat wil je met je casus bereiken?");
        await _t.Send("advies");
        _t.Expect("Mogen de coördinatoren je naam zien?");
        await _t.Send("klopt");
        _t.Expect("Dank je");

        var values = Assert.Single(_intake.Completed);
        Assert.Equal("Het verhaal dat de gebruiker al vertelde.", values["story"]);
        Assert.Equal("2026-12-01", values["deadline"]);
        Assert.Equal("kept as context", values["conversationTopic"]);
    }

    [Fact]
    public async Task A_prefilled_answer_that_is_not_recognized_is_asked_after_all()
    {
        _t.StartFlowOn("casus", "intake", new Dictionary<string, string> { ["story"] = "Verhaal.", ["wish"] = "iets anders" });

        await _t.Send("casus");
        _t.Expect("Wat wil je met je casus bereiken?");
    }

    [Fact]
    public async Task A_flow_whose_every_step_is_prefilled_completes_at_once()
    {
        var outcome = await _t.Begin("intake", new Dictionary<string, string>
        {
            ["story"] = "Verhaal.", ["wish"] = "gehoord", ["deadline"] = "", ["named"] = "nee",
        });

        _t.Expect("Dank je");
        Assert.Equal(DialogTurnStatus.Completed, outcome.Status);
        Assert.Equal("", _intake.Completed[0]["deadline"]);
    }

    [Fact]
    public async Task An_unknown_choice_is_asked_again_with_the_retry_text_and_the_list()
    {
        await StartAtWish();
        var outcome = await _t.Send("geen idee");
        var retry = _t.Expect("Kies een nummer uit de lijst");
        Assert.Equal("Advies over de casus", TranscriptHarness.Buttons(retry)[0]);
        Assert.Equal(DialogTurnStatus.Waiting, outcome.Status);

        await _t.Send("5");
        _t.Expect("Kies een nummer uit de lijst");
        await _t.Send("Ik wil het graag AGENDEREN");
        _t.Expect("beslisdatum");
    }

    [Fact]
    public async Task Choices_are_recognized_without_regard_to_case_or_diacritics()
    {
        await StartAtWish();
        await _t.Send("GEHÓÓRD WORDEN!");
        _t.Expect("beslisdatum");
        await _t.Send("geen");
        _t.Expect("naam");
        await _t.Send("ja");
        _t.Expect("Dank je");

        Assert.Equal("gehoord", _intake.Completed[0]["wish"]);
        Assert.Equal("", _intake.Completed[0]["deadline"]);
    }

    [Fact]
    public async Task An_unknown_date_is_asked_again_with_an_example()
    {
        await StartAtWish();
        await _t.Send("1");
        _t.Expect("beslisdatum");
        await _t.Send("31-02-2026");
        _t.Expect("die datum herken ik niet", "15-12-2026", "beslisdatum");
        await _t.Send("morgen");
        _t.Expect("naam");
        await _t.Send("j");
        _t.Expect("Dank je");

        // The fake clock stands at Monday 2 November 2026, 10:00 in Amsterdam.
        Assert.Equal("2026-11-03", _intake.Completed[0]["deadline"]);
    }

    [Fact]
    public async Task An_answer_that_is_neither_yes_nor_no_is_asked_again()
    {
        await StartAtWish();
        await _t.Send("1");
        _t.Expect("beslisdatum");
        await _t.Send("geen");
        _t.Expect("naam");
        await _t.Send("misschien");
        _t.Expect("Sorry, dat begreep ik niet.", "(ja/nee)");
        await _t.Send("Nee, liever anoniem");
        _t.Expect("Dank je");

        Assert.Equal("false", _intake.Completed[0]["named"]);
    }

    [Fact]
    public async Task Over_long_text_names_the_limit_and_keeps_earlier_answers()
    {
        await _t.Send("nieuwe casus");
        _t.Expect("Vertel");
        var outcome = await _t.Send(new string('x', 250));
        _t.Expect("250 tekens", "maximum is 200", "niets verloren", "Vertel in je eigen woorden");
        Assert.Equal(DialogTurnStatus.Waiting, outcome.Status);

        await _t.Send("Korter verhaal.");
        _t.Expect("Wat wil je");
        Assert.Equal("Korter verhaal.", (await _t.ActiveFrame())!.Values["story"]);
    }

    [Fact]
    public async Task After_three_misunderstood_answers_the_flow_pauses_with_its_answers_kept()
    {
        await StartAtWish();
        await _t.Send("blabla");
        _t.Expect("Kies een nummer");
        await _t.Send("nog steeds niet");
        _t.Expect("Kies een nummer");
        var outcome = await _t.Send("hmm");
        _t.Expect("lukt me niet", "gepauzeerd", "'verder'");
        _t.ExpectNoMoreReplies();
        Assert.Equal(DialogTurnStatus.GaveUp, outcome.Status);

        // While paused, other messages go to the rest of the bot.
        Assert.Equal(DialogTurnStatus.NoActiveFlow, (await _t.Send("wat kan je?")).Status);

        await _t.Send("verder");
        _t.Expect("we gaan verder", "Wat wil je met je casus bereiken?");
        await _t.Send("1");
        _t.Expect("beslisdatum");
        Assert.Equal("Verhaal.", (await _t.ActiveFrame())!.Values["story"]);
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("Annuleer")]
    [InlineData("stoppen.")]
    public async Task Stop_words_cancel_the_flow_with_a_confirmation(string word)
    {
        await StartAtWish();
        var outcome = await _t.Send(word);
        _t.Expect("ik ben gestopt");
        _t.ExpectNoMoreReplies();

        Assert.Equal(DialogTurnStatus.Cancelled, outcome.Status);
        Assert.Null(await _t.ActiveFrame());
        Assert.Empty(_intake.Completed);
        Assert.Equal(DialogTurnStatus.NoActiveFlow, (await _t.Send("2")).Status);
    }

    [Fact]
    public async Task Cancel_answers_in_English_for_an_English_user()
    {
        _t.Language = "en";
        await _t.Send("new case");
        _t.Expect("Tell me");
        await _t.Send("cancel");
        _t.Expect("I have stopped");
    }

    [Fact]
    public async Task A_story_that_merely_contains_a_stop_word_is_an_answer()
    {
        await _t.Send("nieuwe casus");
        _t.Expect("Vertel");
        await _t.Send("Ik wil stoppen met dit beleid omdat het schuurt.");
        _t.Expect("Wat wil je");
    }

    [Fact]
    public async Task Help_shows_the_steps_help_and_asks_the_question_again()
    {
        await _t.Send("nieuwe casus");
        _t.Expect("Vertel");
        var outcome = await _t.Send("help");
        _t.Expect("zonder namen of nummers van burgers", "'terug'", "Vertel in je eigen woorden");
        Assert.Equal(DialogTurnStatus.Waiting, outcome.Status);

        await StartAtWishAfterStory();
        await _t.Send("hulp");
        var help = _t.Expect("Beantwoord de vraag hieronder");
        Assert.Equal("Advies over de casus", TranscriptHarness.Buttons(help)[0]);
    }

    [Fact]
    public async Task Back_returns_to_the_previous_answered_step_and_then_continues_where_it_was()
    {
        await StartAtWish();
        await _t.Send("1");
        _t.Expect("beslisdatum");
        await _t.Send("terug");
        _t.Expect("Wat wil je met je casus bereiken?");
        await _t.Send("signaal");
        _t.Expect("beslisdatum");
        await _t.Send("geen");
        _t.Expect("naam");
        await _t.Send("ja");
        _t.Expect("Dank je");

        Assert.Equal("signaal", _intake.Completed[0]["wish"]);
    }

    [Fact]
    public async Task Back_at_the_first_question_says_there_is_none_before_it()
    {
        await _t.Send("nieuwe casus");
        _t.Expect("Vertel");
        await _t.Send("vorige");
        _t.Expect("eerste vraag", "Vertel in je eigen woorden");
    }

    [Fact]
    public async Task Back_skips_to_a_prefilled_answer_so_it_can_be_changed()
    {
        await _t.Begin("intake", new Dictionary<string, string> { ["story"] = "Oud verhaal." });
        _t.Expect("Wat wil je");
        await _t.Send("back");
        _t.Expect("Vertel");
        await _t.Send("Nieuw verhaal.");
        _t.Expect("Wat wil je");
        Assert.Equal("Nieuw verhaal.", (await _t.ActiveFrame())!.Values["story"]);
    }

    [Fact]
    public async Task Continue_while_active_asks_the_current_question_again()
    {
        await StartAtWish();
        var outcome = await _t.Send("verder");
        _t.Expect("Wat wil je met je casus bereiken?");
        Assert.Equal(DialogTurnStatus.Waiting, outcome.Status);
    }

    [Fact]
    public async Task Non_message_activities_are_left_alone()
    {
        await StartAtWish();
        var outcome = await _t.Turn("typing", (engine, turn, ct) => engine.ContinueAsync(turn, ct), "typing");
        Assert.Equal(DialogTurnStatus.Ignored, outcome.Status);
        Assert.False(outcome.Handled);
        _t.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Without_a_flow_the_engine_says_nothing_and_lets_others_handle_the_message()
    {
        var outcome = await _t.Send("hallo");
        Assert.Equal(DialogTurnStatus.NoActiveFlow, outcome.Status);
        Assert.False(outcome.Handled);
        _t.ExpectNoMoreReplies();
    }

    private async Task StartAtWish()
    {
        await _t.Send("nieuwe casus");
        _t.Expect("Vertel");
        await _t.Send("Verhaal.");
        _t.Expect("Wat wil je");
    }

    private async Task StartAtWishAfterStory()
    {
        await _t.Send("Verhaal.");
        _t.Expect("Wat wil je");
    }
}
