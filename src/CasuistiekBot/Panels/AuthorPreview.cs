namespace CasuistiekBot.Panels;

/// <summary>
/// Where the inbrenger's preview of an anonymous casus' panel stands. An objection is held as <see cref="ObjectionHeld"/>
/// until the deadline and only then becomes <see cref="Objected"/>, the same state a missing consent ends in, at the same
/// moment: coordinators (and the database, once the deadline has passed) cannot tell an explicit objection from the
/// author's own manager being on the panel.
/// </summary>
public static class AuthorPreview
{
    public const string Waiting = "wacht";
    public const string ObjectionHeld = "bezwaar-gemeld";
    public const string Objected = "bezwaar";
    public const string WentAhead = "doorgegaan";

    public static bool IsPending(string? status) => status is Waiting or ObjectionHeld;
}
