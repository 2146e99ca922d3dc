namespace CasuistiekBot.Signals.Intake;

/// <summary>The card verbs of reporting a signal and of the keeper's triage card.</summary>
internal static class IntakeVerbs
{
    public const string Report = "signal.report";
    public const string Accept = "signal.intake.accept";
    public const string Merge = "signal.intake.merge";
    public const string Decline = "signal.intake.decline";
    public const string Refresh = "signal.intake.refresh";
}
