using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Testing.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Dialogs;

public sealed class DialogLifecycleTests : IDisposable
{
    private readonly TempFlowDirectory _flows = new(withTestFlows: true);
    private readonly RecordingCompletionHandler _intake = new("intake.complete");
    private readonly RecordingCompletionHandler _unit = new("unit.complete");
    private readonly RecordingCompletionHandler _visibility = new("visibility.complete");
    private readonly TranscriptHarness _t;

    public DialogLifecycleTests()
    {
        _t = new TranscriptHarness(_flows.Path).StartFlowOn("nieuwe casus", "intake").StartFlowOn("organisatie", "unit");
        _t.Services.AddSingleton<IFlowCompletionHandler>(_intake);
        _t.Services.AddSingleton<IFlowCompletionHandler>(_unit);
        _t.Services.AddSingleton<IFlowCompletionHandler>(_visibility);
        _t.Services.AddSingleton<IStepValidator, OrgUnitValidator>();
        _t.Services.AddSingleton<IStepCardRenderer, VisibilityCardRenderer>();
    }

    public void Dispose() => _flows.Dispose();

    [Fact]
    public async Task A_paused_flow_survives_a_restart_and_continues_where_it_was()
    {
        await StartAtWish();
        var paused = await _t.Send("pauze");
        _t.Expect("antwoorden bewaard", "'verder'");
        Assert.Equal(DialogTurnStatus.Paused, paused.Status);

        _t.Restart();
        Assert.True((await _t.ActiveFrame())!.Paused);
        await _t.Send("verder");
        _t.Expect("we gaan verder", "Wat wil je met je casus bereiken?");
        await _t.Send("3");
        _t.Expect("beslisdatum");
        await _t.Send("geen");
        _t.Expect("naam");
        await _t.Send("ja");
        _t.Expect("Dank je");

        Assert.Equal("Verhaal.", _intake.Completed[0]["story"]);
        Assert.Equal("signaal", _intake.Completed[0]["wish"]);
    }

    [Fact]
    public async Task Stop_also_ends_a_paused_flow()
    {
        await StartAtWish();
        await _t.Send("later");
        _t.Expect("bewaard");
        var outcome = await _t.Send("stop");
        _t.Expect("gestopt");
        Assert.Equal(DialogTurnStatus.Cancelled, outcome.Status);
        Assert.Null(await _t.ActiveFrame());
    }

    [Fact]
    public async Task A_changed_flow_version_restarts_the_flow_politely_and_keeps_what_was_prefilled()
    {
        await _t.Begin("intake", new Dictionary<string, string> { ["story"] = "Het verhaal." });
        _t.Expect("Wat wil je");
        await _t.Send("1");
        _t.Expect("beslisdatum");

        _flows.Edit("intake.flow.json", json => json.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal));
        _t.Restart(_flows.Path);
        var outcome = await _t.Send("15-12-2026");
        _t.Expect("bijgewerkt", "excuses", "Wat wil je met je casus bereiken?");
        Assert.Equal(DialogTurnStatus.Restarted, outcome.Status);

        var frame = (await _t.ActiveFrame())!;
        Assert.Equal(2, frame.FlowVersion);
        Assert.Equal("Het verhaal.", frame.Values["story"]);
        Assert.False(frame.Values.ContainsKey("wish"));
    }

    [Fact]
    public async Task A_version_change_is_explained_in_English_to_an_English_user()
    {
        _t.Language = "en";
        await _t.Send("nieuwe casus");
        _t.Expect("Tell me");
        _flows.Edit("intake.flow.json", json => json.Replace("\"version\": 1", "\"version\": 7", StringComparison.Ordinal));
        _t.Restart(_flows.Path);
        await _t.Send("My story.");
        _t.Expect("have been updated", "Tell me in your own words");
    }

    [Fact]
    public async Task A_removed_flow_is_dropped_with_an_apology()
    {
        await StartAtWish();
        _flows.Delete("intake.flow.json");
        _t.Restart(_flows.Path);

        var outcome = await _t.Send("2");
        _t.Expect("bestaat niet meer", "opnieuw beginnen");
        _t.ExpectNoMoreReplies();
        Assert.Equal(DialogTurnStatus.Dropped, outcome.Status);
        Assert.Equal(DialogTurnStatus.NoActiveFlow, (await _t.Send("2")).Status);
    }

    [Fact]
    public async Task A_validator_from_DI_rejects_with_its_own_message_and_accepts_a_normalized_value()
    {
        await _t.Send("organisatie");
        _t.Expect("Bij welke organisatie werk je?");
        await _t.Send("Belastingdienst");
        _t.Expect("\"Belastingdienst\" ken ik niet.", "Noem een organisatie van JenV");
        await _t.Send("ind");
        _t.Expect("Dank je, unit.complete klaar.");

        Assert.Equal("IND", _unit.Completed[0]["unit"]);
    }

    [Fact]
    public async Task Validator_rejections_count_towards_giving_up()
    {
        await _t.Send("organisatie");
        _t.Expect("organisatie");
        await _t.Send("a");
        _t.Expect("ken ik niet");
        await _t.Send("b");
        _t.Expect("ken ik niet");
        var outcome = await _t.Send("c");
        _t.Expect("lukt me niet");
        Assert.Equal(DialogTurnStatus.GaveUp, outcome.Status);
    }

    [Fact]
    public async Task A_card_step_sends_the_renderers_card_and_takes_the_answer_from_a_card_action()
    {
        await _t.Begin("visibility");
        var card = _t.Next();
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(card.Attachments!).ContentType);

        await _t.Send("anoniem graag");
        _t.Expect("Gebruik de kaart", "Kies op de kaart");
        Assert.NotNull(_t.Next().Attachments);

        await _t.SubmitCard("visibility", new Dictionary<string, string> { ["visibility"] = "anoniem", ["reason"] = "angst" });
        _t.Expect("Wil je nog iets toevoegen?");
        await _t.Send("nee, niets");
        _t.Expect("visibility.complete");

        Assert.Equal("anoniem", _visibility.Completed[0]["visibility"]);
        Assert.Equal("angst", _visibility.Completed[0]["reason"]);
        Assert.Equal("nee, niets", _visibility.Completed[0]["remark"]);
    }

    [Fact]
    public async Task A_card_submitted_without_the_steps_input_is_asked_again()
    {
        await _t.Begin("visibility");
        _t.Next();
        await _t.SubmitCard("visibility", new Dictionary<string, string> { ["reason"] = "vergeten" });
        _t.Expect("Kies op de kaart");
        Assert.NotNull(_t.Next().Attachments);
    }

    [Fact]
    public async Task A_card_of_an_earlier_step_gets_the_current_question_instead()
    {
        await _t.Begin("visibility");
        _t.Next();
        await _t.SubmitCard("visibility", new Dictionary<string, string> { ["visibility"] = "naam" });
        _t.Expect("iets toevoegen");

        var outcome = await _t.SubmitCard("visibility", new Dictionary<string, string> { ["visibility"] = "anoniem" });
        _t.Expect("eerdere vraag", "iets toevoegen");
        Assert.Equal(DialogTurnStatus.Waiting, outcome.Status);
        Assert.Equal("naam", (await _t.ActiveFrame())!.Values["visibility"]);
    }

    [Fact]
    public async Task GoToStep_after_completion_changes_one_answer_and_completes_again()
    {
        await _t.Begin("intake", new Dictionary<string, string> { ["story"] = "Verhaal.", ["wish"] = "advies", ["deadline"] = "" });
        _t.Expect("naam");
        await _t.Send("ja");
        _t.Expect("Dank je");

        // The summary card's "Aanpassen" button, in a later turn.
        var reopened = await _t.GoToStep("wish");
        _t.Expect("Wat wil je met je casus bereiken?");
        Assert.Equal(DialogTurnStatus.Waiting, reopened.Status);
        var completed = await _t.Send("gehoord");
        _t.Expect("Dank je");
        _t.ExpectNoMoreReplies();

        Assert.Equal(DialogTurnStatus.Completed, completed.Status);
        Assert.Equal(2, _intake.Completed.Count);
        Assert.Equal("gehoord", _intake.Completed[1]["wish"]);
        Assert.Equal("Verhaal.", _intake.Completed[1]["story"]);
        Assert.Equal("true", _intake.Completed[1]["named"]);
    }

    [Fact]
    public async Task GoToStep_inside_a_running_flow_asks_that_step()
    {
        await StartAtWish();
        await _t.GoToStep("story");
        _t.Expect("Vertel");
        await _t.Send("Ander verhaal.");
        _t.Expect("Wat wil je");
    }

    [Fact]
    public async Task GoToStep_in_a_flow_that_changed_version_restarts_it_politely()
    {
        await StartAtWish();
        _flows.Edit("intake.flow.json", json => json.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal));
        _t.Restart(_flows.Path);

        var outcome = await _t.GoToStep("story");
        _t.Expect("bijgewerkt", "Vertel");
        Assert.Equal(DialogTurnStatus.Restarted, outcome.Status);
    }

    [Fact]
    public async Task GoToStep_without_a_flow_holding_that_step_sends_nothing()
    {
        var outcome = await _t.GoToStep("wish");
        Assert.Equal(DialogTurnStatus.NoActiveFlow, outcome.Status);
        _t.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_flow_begun_on_top_of_another_hands_back_to_it_when_done()
    {
        await StartAtWish();
        await _t.Begin("unit");
        _t.Expect("Bij welke organisatie");
        await _t.Send("DJI");
        _t.Expect("unit.complete");
        _t.Expect("Wat wil je met je casus bereiken?");
        await _t.Send("2");
        _t.Expect("beslisdatum");
    }

    [Fact]
    public async Task Cancelling_a_flow_on_top_asks_the_question_of_the_flow_underneath()
    {
        await StartAtWish();
        await _t.Begin("unit");
        _t.Expect("organisatie");
        await _t.Send("annuleer");
        _t.Expect("gestopt", "Wat wil je met je casus bereiken?");
        Assert.Equal("intake", (await _t.ActiveFrame())!.FlowId);
    }

    [Fact]
    public async Task A_completion_handler_may_begin_the_next_flow()
    {
        var engine = (IDialogEngine?)null;
        var chaining = new RecordingCompletionHandler("unit.complete", (turn, _, ct) => engine!.BeginAsync(turn, "visibility", null, ct));
        var t = new TranscriptHarness(_flows.Path).StartFlowOn("organisatie", "unit");
        t.Services.AddSingleton<IFlowCompletionHandler>(chaining);
        t.Services.AddSingleton<IStepValidator, OrgUnitValidator>();
        t.Services.AddSingleton<IStepCardRenderer, VisibilityCardRenderer>();
        engine = t.Engine;

        await t.Send("organisatie");
        t.Expect("organisatie");
        await t.Send("CJIB");
        t.Expect("unit.complete");
        Assert.NotNull(t.Next().Attachments);
        t.ExpectNoMoreReplies();
        Assert.Equal("visibility", (await t.ActiveFrame())!.FlowId);
    }

    [Fact]
    public async Task CancelAll_forgets_running_and_completed_flows_silently()
    {
        await _t.Begin("unit");
        _t.Expect("organisatie");
        await _t.CancelAll();
        _t.ExpectNoMoreReplies();

        Assert.Null(await _t.ActiveFrame());
        Assert.Equal(DialogTurnStatus.NoActiveFlow, (await _t.GoToStep("unit")).Status);
    }

    private async Task StartAtWish()
    {
        await _t.Send("nieuwe casus");
        _t.Expect("Vertel");
        await _t.Send("Verhaal.");
        _t.Expect("Wat wil je");
    }
}
