namespace CasuistiekBot.Panels;

/// <summary>The card verbs of the panel card, the invitation and the author's panel preview.</summary>
internal static class PanelVerbs
{
    public const string Remove = "panel.remove";
    public const string Search = "panel.search";
    public const string Add = "panel.add";
    public const string Involved = "panel.involved";
    public const string Schedule = "panel.schedule";
    public const string Send = "panel.send";
    public const string Replace = "panel.replace";
    public const string PreviewAgree = "panel.preview.agree";
    public const string PreviewObject = "panel.preview.object";
    public const string InvitationAccept = "invitation.accept";
    public const string InvitationDecline = "invitation.decline";
    public const string InvitationRefresh = "invitation.refresh";
}
