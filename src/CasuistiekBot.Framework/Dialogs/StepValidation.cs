namespace CasuistiekBot.Framework.Dialogs;

/// <summary>A validator's verdict. A valid answer may be normalized; an invalid one may say why, in the turn's language.</summary>
public sealed record StepValidation
{
    private StepValidation(bool isValid, string? value, string? message) => (IsValid, Value, Message) = (isValid, value, message);

    public bool IsValid { get; }

    /// <summary>The value to store instead of the recognized one (e.g. a canonical spelling), or null to keep it.</summary>
    public string? Value { get; }

    /// <summary>Shown before the step is asked again; null falls back to the step's retry text.</summary>
    public string? Message { get; }

    public static StepValidation Valid(string? normalizedValue = null) => new(true, normalizedValue, null);

    public static StepValidation Invalid(string? message = null) => new(false, null, message);
}
