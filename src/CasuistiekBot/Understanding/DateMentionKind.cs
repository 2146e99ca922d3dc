namespace CasuistiekBot.Understanding;

internal enum DateMentionKind
{
    Dates,
    Past,
    Impossible,
    Vague,
    Urgent,
    NoDeadline,
    DontKnow,
}
