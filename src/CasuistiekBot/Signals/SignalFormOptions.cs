namespace CasuistiekBot.Signals;

/// <summary>
/// How owners are offered on cards (signal and action-point forms alike) and the due date a signal form proposes. Bound to the section <c>Sessions</c>, where these settings
/// were read before the forms moved here, so existing configuration keeps working.
/// </summary>
public sealed class SignalFormOptions
{
    public const string SectionName = "Sessions";

    /// <summary>Up to this many eligible owners the card offers a list; beyond it, the coordinator types a name or e-mail.</summary>
    public int MaxOwnerChoices { get; set; } = 60;

    /// <summary>The due date a signal form proposes, in working days from today.</summary>
    public int SignalDueWorkingDays { get; set; } = 30;

    public bool IsValid() => MaxOwnerChoices is >= 1 and <= 200 && SignalDueWorkingDays is >= 1 and <= 250;
}
