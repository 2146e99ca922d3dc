namespace CasuistiekBot.Signals.Intake;

/// <summary>The card templates (cards/&lt;name&gt;.json) of reporting a signal and of the keeper's triage card.</summary>
internal static class IntakeCardNames
{
    public const string Report = "signal-report";
    public const string ReportDone = "signal-report-done";
    public const string Keeper = "signal-intake";
}
