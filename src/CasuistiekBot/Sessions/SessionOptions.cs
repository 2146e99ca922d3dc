namespace CasuistiekBot.Sessions;

/// <summary>Section <c>Sessions</c>: limits of an outcome and how owners are picked on cards.</summary>
public sealed class SessionOptions
{
    /// <summary>Up to this many eligible owners the card offers a list; beyond it, the coordinator types a name or e-mail.</summary>
    public int MaxOwnerChoices { get; set; } = 60;

    public int MaxActionPoints { get; set; } = 10;

    public int MaxSignals { get; set; } = 5;

    /// <summary>The due date a signal form proposes, in working days from today.</summary>
    public int SignalDueWorkingDays { get; set; } = 30;

    /// <summary>The due date an action-point form proposes, in working days from today.</summary>
    public int ActionPointDueWorkingDays { get; set; } = 15;

    public bool IsValid() =>
        MaxOwnerChoices is >= 1 and <= 200 && MaxActionPoints is >= 1 and <= 30 && MaxSignals is >= 1 and <= 20
        && SignalDueWorkingDays is >= 1 and <= 250 && ActionPointDueWorkingDays is >= 1 and <= 250;
}
