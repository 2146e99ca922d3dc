namespace CasuistiekBot.Panels.Meetings;

/// <summary>The card verbs of the invitation to the inbrenger to present their casus.</summary>
internal static class PresenterVerbs
{
    /// <summary>A coordinator, on the panel card: ask the inbrenger.</summary>
    public const string Offer = "panel.presenter.offer";

    /// <summary>The inbrenger, on their card.</summary>
    public const string Yes = "presenter.yes";
    public const string No = "presenter.no";
}
