namespace CasuistiekBot.Understanding;

/// <summary>
/// What a deadline answer says: one date (urgent answers without a date are today), no deadline, several dates it could
/// mean (to ask back), or nothing usable and why.
/// </summary>
internal sealed record DateAnswer(DateAnswerKind Kind, DateOnly? Date, IReadOnlyList<DateOnly> Candidates, DateUnknownReason Reason, bool Urgent)
{
    public static DateAnswer Of(DateOnly date, bool urgent = false) => new(DateAnswerKind.Date, date, [date], DateUnknownReason.Nothing, urgent);

    public static readonly DateAnswer None = new(DateAnswerKind.NoDeadline, null, [], DateUnknownReason.Nothing, false);

    public static DateAnswer Either(IReadOnlyList<DateOnly> candidates) =>
        new(DateAnswerKind.Ambiguous, null, candidates, DateUnknownReason.Nothing, false);

    public static DateAnswer Unknown(DateUnknownReason reason) => new(DateAnswerKind.Unknown, null, [], reason, false);
}
