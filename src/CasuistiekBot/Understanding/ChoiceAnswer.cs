namespace CasuistiekBot.Understanding;

/// <summary>The choice or choices an answer names (in the question's order), the ones to ask back between, or none.</summary>
internal sealed record ChoiceAnswer(ChoiceAnswerKind Kind, IReadOnlyList<string> Values)
{
    public static readonly ChoiceAnswer Unknown = new(ChoiceAnswerKind.Unknown, []);
}
