namespace CasuistiekBot.Understanding;

/// <summary>One thing an answer says about time, found at a place in it.</summary>
internal sealed record DateMention(DateMentionKind Kind, IReadOnlyList<DateOnly> Dates)
{
    public static DateMention Of(params DateOnly[] dates) => new(DateMentionKind.Dates, dates.Distinct().Order().ToList());

    public static DateMention OfNullable(DateOnly? date, DateMentionKind otherwise = DateMentionKind.Impossible) =>
        date is { } d ? Of(d) : new(otherwise, []);

    public static DateMention Plain(DateMentionKind kind) => new(kind, []);
}
