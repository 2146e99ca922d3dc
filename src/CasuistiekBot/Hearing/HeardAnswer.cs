namespace CasuistiekBot.Hearing;

/// <summary>
/// One answer to "Voelde je je gehoord?": a 1–5 score and an optional scrubbed remark. It names no person: the inbrenger
/// is "the inbrenger of this casus" (one answer per casus, so an anonymous author stays anonymous), a panel member only
/// a keyed hash of casus and person (one answer each). When it was given is kept to the quarter, too coarse to match
/// against a message log; the id is random, so the order of answers is not kept either.
/// </summary>
public sealed class HeardAnswer
{
    public Guid Id { get; set; }
    public Guid CasusId { get; set; }

    /// <summary><see cref="HeardRoles"/>: the inbrenger or a panel member.</summary>
    public required string Role { get; set; }

    /// <summary>"inbrenger" for the author; for a panel member a keyed hash of the casus and their object id.</summary>
    public required string Respondent { get; set; }

    public int Score { get; set; }

    /// <summary>Scrubbed and cut to <see cref="MaxRemark"/>; blanked when the casus is erased.</summary>
    public string? Remark { get; set; }

    public int Year { get; set; }
    public int Quarter { get; set; }

    public const int MaxRemark = 500;
    public const int MinScore = 1;
    public const int MaxScore = 5;
}
