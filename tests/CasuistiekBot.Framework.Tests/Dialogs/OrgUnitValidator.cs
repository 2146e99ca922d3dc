using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Framework.Tests.Dialogs;

// Knows three organisations and spells them canonically.
internal sealed class OrgUnitValidator : IStepValidator
{
    private static readonly string[] Known = ["IND", "DJI", "CJIB"];

    public string Name => "org-unit";

    public ValueTask<StepValidation> ValidateAsync(ITurnContext turn, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Known.FirstOrDefault(k => k.Equals(value, StringComparison.OrdinalIgnoreCase)) is { } known
            ? StepValidation.Valid(known)
            : StepValidation.Invalid(turn.Language == "en" ? $"I don't know \"{value}\"." : $"\"{value}\" ken ik niet."));
}
