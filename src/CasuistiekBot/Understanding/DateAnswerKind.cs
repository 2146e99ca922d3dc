namespace CasuistiekBot.Understanding;

internal enum DateAnswerKind
{
    Date,
    NoDeadline,
    Ambiguous,
    Unknown,
}
