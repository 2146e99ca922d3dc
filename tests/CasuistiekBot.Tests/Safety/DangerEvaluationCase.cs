namespace CasuistiekBot.Tests.Safety;

/// <summary>One sentence of the danger evaluation sets; no kinds means no acute danger.</summary>
internal sealed record DangerEvaluationCase(string Id, string Lang, string Text, IReadOnlyList<string> Kinds, string? Note);
