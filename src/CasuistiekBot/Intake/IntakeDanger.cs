using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Safety;

namespace CasuistiekBot.Intake;

/// <summary>
/// Acute danger mentioned while a casus is being raised: the author hears at once, before the next question, what to do
/// (<see cref="CareMessage"/>), the coordinators are alerted (<see cref="DangerAlert"/>), and the intake state marks the
/// casus urgent. Each kind of danger is answered once per intake; a new kind later on gets its own answer and alert.
/// </summary>
internal sealed class IntakeDanger(AcuteDangerDetector detector, CareMessage care, DangerAlert alert, IntakeStateStore states, ILogger<IntakeDanger> logger)
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

        // Kinds only: the message itself may hold personal data and is never logged.
        logger.LogInformation("Acute danger ({DangerKinds}) mentioned during an intake; the author was given the crisis steps",
            string.Join(',', DangerKinds.Names(fresh)));
        var alerted = await alert.RaiseAsync(fresh, cancellationToken);
        await turn.SendAsync(MessageFactory.Markdown(care.Compose(fresh, turn.Language, alerted)), cancellationToken);
    }

    public Task NoticeAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        AnswerAsync(turn, Detect(text), cancellationToken);
}
