namespace CasuistiekBot.Panels;

/// <summary>The card templates (cards/&lt;name&gt;.json) the panel slice renders.</summary>
internal static class PanelCardNames
{
    public const string Panel = "panel";
    public const string Person = "panel-person";
    public const string Preview = "panel-preview";
    public const string Invitation = "invitation";
}
