namespace CasuistiekBot.Panels;

/// <summary>A panel is being put together (concept) until the coordinator sends the invitations.</summary>
public static class PanelStatus
{
    public const string Draft = "concept";
    public const string Invited = "uitgenodigd";
}
