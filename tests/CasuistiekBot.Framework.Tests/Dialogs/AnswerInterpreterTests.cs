using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Testing.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Dialogs;

public sealed class AnswerInterpreterTests : IDisposable
{
    private readonly TempFlowDirectory _flows = new(withTestFlows: true);
    private readonly RecordingCompletionHandler _intake = new("intake.complete");
    private readonly ScriptedInterpreter _interpreter = new();
    private readonly TranscriptHarness _t;

    public AnswerInterpreterTests()
    {
        _t = new TranscriptHarness(_flows.Path).StartFlowOn("nieuwe casus", "intake");
        _t.Services.AddSingleton<IFlowCompletionHandler>(_intake);
        _t.Services.AddSingleton<IAnswerInterpreter>(_interpreter);
    }

    public void Dispose() => _flows.Dispose();

    [Fact]
    public async Task An_answer_that_could_mean_two_things_is_asked_back_and_the_reply_is_read_against_the_options()
    {
        await StartAtWish();
        var asked = await _t.Send("beide");
        _t.Expect("Welke van de twee?");
        Assert.Equal(DialogTurnStatus.Waiting, asked.Status);
        var frame = (await _t.ActiveFrame())!;
        Assert.Equal(["advies", "signaal"], frame.Offered.Select(o => o.Value));
        Assert.Equal(0, frame.Attempts);

        await _t.Send("de tweede");
        _t.Expect("Gekozen: signaal", "beslisdatum");
        Assert.Equal("signaal", (await _t.ActiveFrame())!.Values["wish"]);
        Assert.Empty((await _t.ActiveFrame())!.Offered);
    }

    [Fact]
    public async Task A_reading_that_is_not_understood_counts_as_a_failed_attempt_with_the_interpreters_reason()
    {
        await StartAtWish();
        await _t.Send("onzin");
        _t.Expect("Dat snap ik niet", "Kies een nummer");
        Assert.Equal(1, (await _t.ActiveFrame())!.Attempts);
    }

    [Fact]
    public async Task An_answer_can_send_the_user_back_to_an_earlier_step()
    {
        await StartAtWish();
        await _t.Send("terug naar het verhaal");
        _t.Expect("Vertel in je eigen woorden");
        await _t.Send("Een beter verhaal.");
        _t.Expect("Wat wil je met je casus bereiken?");
        Assert.Equal("Een beter verhaal.", (await _t.ActiveFrame())!.Values["story"]);
    }

    [Fact]
    public async Task Steps_the_interpreter_leaves_alone_are_recognized_as_before()
    {
        await StartAtWish();
        await _t.Send("1");
        _t.Expect("beslisdatum");
        await _t.Send("15-12-2026");
        _t.Expect("naam");
        Assert.Equal("2026-12-15", (await _t.ActiveFrame())!.Values["deadline"]);
    }

    private async Task StartAtWish()
    {
        await _t.Send("nieuwe casus");
        _t.Expect("Vertel in je eigen woorden");
        await _t.Send("Verhaal.");
        _t.Expect("Wat wil je met je casus bereiken?");
    }

    // Reads only the wish step, the way an app's interpreter would, so the engine's handling of each reading shows.
    private sealed class ScriptedInterpreter : IAnswerInterpreter
    {
        public AnswerInterpretation? Interpret(FlowStep step, string text, AnswerContext context)
        {
            if (step.Id != "wish" || text == "1") return null;
            if (context.Offered.Count > 0 && text == "de tweede") return AnswerInterpretation.Recognized(context.Offered[1].Value, "Gekozen: signaal.");
            return text switch
            {
                "beide" => AnswerInterpretation.AskBack("Welke van de twee?", [new("advies", "Advies"), new("signaal", "Signaal")]),
                "terug naar het verhaal" => AnswerInterpretation.GoToStep("story"),
                _ => AnswerInterpretation.NotUnderstood("Dat snap ik niet."),
            };
        }
    }
}
