namespace CasuistiekBot.Tests.Privacy;

internal sealed record ScrubEvaluationCase(string Id, string Text, IReadOnlyList<ExpectedReplacement> Expect);

internal sealed record ExpectedReplacement(string Kind, string Value);
