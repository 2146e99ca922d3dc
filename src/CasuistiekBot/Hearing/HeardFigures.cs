namespace CasuistiekBot.Hearing;

/// <summary>The "gehoord" scores of one year and one role: how many, the average, how often each score, and how many per quarter.</summary>
public sealed record HeardFigures(string Role, int Count, double? Average, IReadOnlyList<int> Distribution, IReadOnlyList<int> PerQuarter, IReadOnlyList<string> Remarks)
{
    public static HeardFigures Of(string role, IReadOnlyList<HeardAnswer> answers) => new(
        role,
        answers.Count,
        answers.Count == 0 ? null : Math.Round(answers.Average(a => a.Score), 1),
        [.. Enumerable.Range(HeardAnswer.MinScore, HeardAnswer.MaxScore).Select(score => answers.Count(a => a.Score == score))],
        [.. Enumerable.Range(1, 4).Select(quarter => answers.Count(a => a.Quarter == quarter))],
        [.. answers.Select(a => a.Remark).OfType<string>().Where(r => r.Length > 0).Order(StringComparer.Ordinal)]);
}
