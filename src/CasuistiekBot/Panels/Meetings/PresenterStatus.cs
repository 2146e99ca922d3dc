namespace CasuistiekBot.Panels.Meetings;

/// <summary>Where the invitation to the inbrenger to present their casus stands (<see cref="Panel.PresenterStatus"/>).</summary>
public static class PresenterStatus
{
    public const string Offered = "gevraagd";
    public const string Accepted = "komt";
    public const string Declined = "komt-niet";
}
