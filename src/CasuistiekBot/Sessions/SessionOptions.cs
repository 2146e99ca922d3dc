namespace CasuistiekBot.Sessions;

/// <summary>Section <c>Sessions</c>: limits of an outcome. How owners are offered is <see cref="Signals.SignalFormOptions"/>, read from the same section.</summary>
public sealed class SessionOptions
{
    public int MaxActionPoints { get; set; } = 10;

    public int MaxSignals { get; set; } = 5;

    /// <summary>The due date an action-point form proposes, in working days from today.</summary>
    public int ActionPointDueWorkingDays { get; set; } = 15;

    public bool IsValid() => MaxActionPoints is >= 1 and <= 30 && MaxSignals is >= 1 and <= 20 && ActionPointDueWorkingDays is >= 1 and <= 250;
}
