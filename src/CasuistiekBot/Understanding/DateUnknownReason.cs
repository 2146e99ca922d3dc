namespace CasuistiekBot.Understanding;

/// <summary>Why no date was taken, so that the question asked again can say what to change.</summary>
internal enum DateUnknownReason
{
    Nothing,
    Past,
    Impossible,
    Vague,
}
