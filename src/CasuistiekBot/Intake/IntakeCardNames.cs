namespace CasuistiekBot.Intake;

/// <summary>The card templates (cards/&lt;name&gt;.json) the intake renders.</summary>
internal static class IntakeCardNames
{
    public const string Summary = "intake-summary";
    public const string Submitted = "intake-submitted";
    public const string Edit = "intake-edit";
    public const string Safety = "intake-safety";
}
