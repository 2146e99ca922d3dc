namespace CasuistiekBot.Panels;

/// <summary>
/// Where someone stands with a panel: proposed → invited → accepted or declined; removed by a coordinator; or marked
/// as involved in the casus, which keeps them off this panel for good.
/// </summary>
public static class MemberStatus
{
    public const string Proposed = "voorgesteld";
    public const string Invited = "uitgenodigd";
    public const string Accepted = "doet-mee";
    public const string Declined = "kan-niet";
    public const string Removed = "verwijderd";
    public const string Involved = "betrokken";

    /// <summary>Holds a seat: counts for the panel and against the person's monthly maximum once invited.</summary>
    public static bool IsSeated(string status) => status is Proposed or Invited or Accepted;
}
