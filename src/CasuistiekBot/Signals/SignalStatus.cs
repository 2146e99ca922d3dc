namespace CasuistiekBot.Signals;

/// <summary>
/// nieuw → opgepakt → in behandeling → afgerond; "overgedragen" while a new owner has not yet accepted. A signal an
/// employee reported directly starts as "gemeld" until a signal keeper accepts it (→ nieuw), merges it into another
/// ("samengevoegd") or declines it ("afgewezen").
/// </summary>
public static class SignalStatus
{
    public const string Reported = "gemeld";
    public const string New = "nieuw";
    public const string PickedUp = "opgepakt";
    public const string InProgress = "in-behandeling";
    public const string Transferring = "overgedragen";
    public const string Closed = "afgerond";
    public const string Merged = "samengevoegd";
    public const string Declined = "afgewezen";

    /// <summary>With an owner and not yet done: the owner flow (reminders, transfer, close).</summary>
    public static bool IsOpen(string status) => status is New or PickedUp or InProgress or Transferring;

    /// <summary>Every status, for the import.</summary>
    public static readonly IReadOnlyList<string> All = [Reported, New, PickedUp, InProgress, Transferring, Closed, Merged, Declined];
}
