namespace CasuistiekBot.Panels.Meetings;

/// <summary>The card templates (cards/&lt;name&gt;.json) of the session logistics.</summary>
internal static class MeetingCardNames
{
    public const string PresenterInvitation = "presenter-invitation";
}
