using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Intake;

/// <summary>The author's organisation unit: a short name, scrubbed like every other answer.</summary>
internal sealed class UnitValidator(IntakeScrubbing scrubbing, Texts texts) : IStepValidator
{
    public string Name => "intake.unit";

    public async ValueTask<StepValidation> ValidateAsync(ITurnContext turn, string value, CancellationToken cancellationToken)
    {
        var trimmed = value.Trim();
        if (trimmed.Length < 2 || !trimmed.Any(char.IsLetter)) return StepValidation.Invalid(texts.Get(LocalizationTextKeys.IntakeUnitTooShort, turn));
        return StepValidation.Valid(await scrubbing.ScrubAsync(turn, trimmed, cancellationToken));
    }
}
