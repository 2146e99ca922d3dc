namespace CasuistiekBot.Cases;

/// <summary>
/// What the author added to their casus after submitting it, scrubbed with the casus' own placeholders. Nothing here
/// names the author, and the time is kept to the day: an exact time could be matched against the author's chat.
/// </summary>
public sealed class CasusAddition
{
    public long Id { get; set; }
    public Guid CasusId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset AddedOn { get; set; }
}
