using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// A named check on a recognized answer, registered in DI by a feature and referenced by a step's <c>"validator"</c>.
/// It sees the recognized value (a choice's value, an ISO date, "true"/"false", the trimmed text).
/// </summary>
public interface IStepValidator
{
    string Name { get; }

    ValueTask<StepValidation> ValidateAsync(ITurnContext turn, string value, CancellationToken cancellationToken);
}
