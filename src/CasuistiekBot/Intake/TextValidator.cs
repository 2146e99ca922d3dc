using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Intake;

/// <summary>Any other free-text answer of the intake: stored only after scrubbing.</summary>
internal sealed class TextValidator(IntakeScrubbing scrubbing) : IStepValidator
{
    public string Name => "intake.text";

    public async ValueTask<StepValidation> ValidateAsync(ITurnContext turn, string value, CancellationToken cancellationToken) =>
        StepValidation.Valid(await scrubbing.ScrubAsync(turn, value, cancellationToken));
}
