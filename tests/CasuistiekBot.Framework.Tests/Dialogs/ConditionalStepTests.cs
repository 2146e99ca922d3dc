using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Testing.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Dialogs;

public sealed class ConditionalStepTests : IDisposable
{
    private const string Flow = """
        {
          "id": "report", "version": 1, "completion": "report.complete",
          "steps": [
            { "id": "story", "kind": "text", "prompt": { "nl": "Vertel je verhaal.", "en": "Tell your story." } },
            { "id": "safe", "kind": "confirm", "askWhen": "mentions.threat",
              "prompt": { "nl": "Wil je toch doorgaan?", "en": "Do you still want to go on?" } },
            { "id": "unit", "kind": "text", "prompt": { "nl": "Bij welke directie werk je?", "en": "Which directorate?" } }
          ]
        }
        """;

    private readonly TempFlowDirectory _flows = new();
    private readonly RecordingCompletionHandler _done = new("report.complete");
    private readonly TranscriptHarness _t;

    public ConditionalStepTests()
    {
        _flows.Write("report.flow.json", Flow);
        _t = new TranscriptHarness(_flows.Path).StartFlowOn("melding", "report");
        _t.Services.AddSingleton<IFlowCompletionHandler>(_done);
        _t.Services.AddSingleton<IStepCondition, MentionsThreat>();
    }

    public void Dispose() => _flows.Dispose();

    [Fact]
    public async Task A_step_whose_condition_says_no_is_skipped_with_an_empty_answer()
    {
        await _t.Send("melding");
        _t.Expect("Vertel je verhaal.");
        await _t.Send("Het rooster klopt niet.");
        _t.Expect("Bij welke directie");
        await _t.Send("Asiel");
        _t.Expect("Dank je");

        Assert.Equal("", _done.Completed.Single()["safe"]);
    }

    [Fact]
    public async Task A_step_whose_condition_says_yes_is_asked_and_back_returns_to_it()
    {
        await _t.Send("melding");
        _t.Expect("Vertel je verhaal.");
        await _t.Send("Mijn collega bedreigt mij.");
        _t.Expect("toch doorgaan");
        await _t.Send("ja");
        _t.Expect("Bij welke directie");
        await _t.Send("terug");
        _t.Expect("toch doorgaan");
        await _t.Send("nee");
        _t.Expect("Bij welke directie");
        await _t.Send("Asiel");
        _t.Expect("Dank je");

        Assert.Equal("false", _done.Completed.Single()["safe"]);
    }

    [Fact]
    public async Task Back_passes_over_a_skipped_step()
    {
        await _t.Send("melding");
        _t.Expect("Vertel je verhaal.");
        await _t.Send("Het rooster klopt niet.");
        _t.Expect("Bij welke directie");
        await _t.Send("terug");
        _t.Expect("Vertel je verhaal.");
    }

    private sealed class MentionsThreat : IStepCondition
    {
        public string Name => "mentions.threat";

        public ValueTask<bool> ShouldAskAsync(ITurnContext turn, FlowStep step, DialogFrame frame, CancellationToken cancellationToken) =>
            ValueTask.FromResult(frame.Values.GetValueOrDefault("story", "").Contains("bedreig", StringComparison.OrdinalIgnoreCase));
    }
}
