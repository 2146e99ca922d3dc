namespace CasuistiekBot.Understanding;

internal enum ChoiceAnswerKind
{
    One,
    Several,
    Ambiguous,
    Unknown,
}
