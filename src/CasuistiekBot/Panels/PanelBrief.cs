namespace CasuistiekBot.Panels;

/// <summary>
/// What the suggester knows about a casus and its panel so far. <see cref="AuthorAadObjectId"/> is the inbrenger when
/// named or confidential (never for an anonymous casus: its suggestion may not depend on who wrote it).
/// </summary>
/// <param name="Themes">Theme ids of the casus (expertise tags).</param>
/// <param name="OrgUnit">The casus' organisation unit, as the inbrenger typed it.</param>
/// <param name="AuthorAadObjectId">The inbrenger, if the bot can tell.</param>
/// <param name="ShieldFromManager">True for a confidential casus: the inbrenger's own manager stays off (for an anonymous one the inbrenger decides).</param>
/// <param name="Day">The session day, or today while none is set: availability and the monthly maximum are judged for it.</param>
/// <param name="CasusText">The stored (scrubbed) casus text: a directory person named in it is not asked to judge it.</param>
/// <param name="Seated">People already on the panel (proposed, invited or accepted).</param>
/// <param name="Excluded">People who must not be suggested: declined, removed or marked as involved.</param>
public sealed record PanelBrief(
    IReadOnlyList<string> Themes,
    string? OrgUnit,
    string? AuthorAadObjectId,
    bool ShieldFromManager,
    DateOnly Day,
    string CasusText,
    IReadOnlyList<SeatedPerson> Seated,
    IReadOnlySet<string> Excluded);

/// <summary>Someone already on the panel and the seat they hold.</summary>
public sealed record SeatedPerson(string AadObjectId, string Seat);
