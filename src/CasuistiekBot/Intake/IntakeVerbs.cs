namespace CasuistiekBot.Intake;

/// <summary>The card verbs of the intake's summary, edit and safety cards.</summary>
internal static class IntakeVerbs
{
    public const string Start = "intake.start";
    public const string Safety = "intake.safety";
    public const string Submit = "intake.submit";
    public const string Edit = "intake.edit";
    public const string EditField = "intake.editField";
    public const string Cancel = "intake.cancel";
}
