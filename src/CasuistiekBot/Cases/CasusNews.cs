namespace CasuistiekBot.Cases;

/// <summary>
/// One message the bot sent (or tried to send) to the author of a casus, kept with the casus so that the author can
/// read it again in "mijn casussen" and is offered it again when it did not arrive. Nothing here names the author, and
/// the time is kept to the day, as with additions: an exact time could be matched against the author's chat.
/// </summary>
public sealed class CasusNews
{
    public long Id { get; set; }
    public Guid CasusId { get; set; }

    /// <summary>The message's own key within the casus ("outcome", "closed", …): the same message is kept once.</summary>
    public required string Key { get; set; }

    public required string Text { get; set; }
    public DateTimeOffset SentOn { get; set; }

    /// <summary>Delivery failed; the author is offered it the next time they talk to the bot.</summary>
    public bool Undelivered { get; set; }
}
