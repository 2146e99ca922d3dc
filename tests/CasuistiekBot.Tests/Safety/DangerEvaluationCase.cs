namespace CasuistiekBot.Tests.Safety;

/// <summary>
/// One sentence of the danger evaluation sets; no kinds means no acute danger. <see cref="Split"/> "heldout" marks a
/// sentence of a written set that is kept apart: never tuned or trained on, only measured (<see cref="DangerEvaluation.LoadHeldOutPart"/>).
/// </summary>
internal sealed record DangerEvaluationCase(string Id, string Lang, string Text, IReadOnlyList<string> Kinds, string? Note, string? Split = null)
{
    public const string HeldOutSplit = "heldout";

    public bool IsHeldOut => Split == HeldOutSplit;
}
