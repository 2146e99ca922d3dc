using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Safety;

namespace CasuistiekBot.Intake;

/// <summary>
/// Acute danger mentioned while a casus is being raised: the author hears at once, before the next question, what to do
/// and the coordinators are alerted (<see cref="DangerResponse"/>), and the intake state marks the casus urgent. Each kind of danger is answered once per intake; a new kind later on gets its own answer and alert.
/// </summary>
internal sealed class IntakeDanger(AcuteDangerDetector detector, DangerResponse response, IntakeStateStore states)
{
    public DangerFinding Detect(string text) => detector.Detect(text);

    public async Task AnswerAsync(ITurnContext turn, DangerFinding finding, CancellationToken cancellationToken)
    {
        if (!finding.Found) return;
        var state = await states.GetAsync(turn, cancellationToken);
        var answered = DangerKinds.Parse(state.AcuteDanger);
        var fresh = finding.Kinds & ~answered;
        if (fresh == DangerKind.None && state.Urgent) return;

        state.Urgent = true;
        state.AcuteDanger = [.. DangerKinds.Names(answered | finding.Kinds)];
        await states.SaveAsync(turn, state, cancellationToken);
        if (fresh == DangerKind.None) return;

        await response.AnswerAsync(turn, fresh, DangerMoment.Intake, cancellationToken);
    }

    public Task NoticeAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        AnswerAsync(turn, Detect(text), cancellationToken);
}
