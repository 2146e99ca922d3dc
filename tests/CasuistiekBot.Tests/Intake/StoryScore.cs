using System.Globalization;
using System.Text;

namespace CasuistiekBot.Tests.Intake;

/// <summary>
/// Scores one split of the story set. Per field: correct (stated and read right, or not stated and asked or shown as
/// not given), wrong (read a value the story does not state, or a different one) and missed (stated, yet asked or shown
/// as not given). A field that was asked is never counted as read, whatever the neutral answer filled in; the one
/// question for what chafes and what was tried counts as asking both.
/// </summary>
internal sealed class StoryScore(string split)
{
    public static readonly string[] FieldNames = ["wish", "deadline", "orgUnit", "chafes", "tried"];

    private static readonly HashSet<string> SmallWords =
        ["de", "het", "een", "bij", "van", "voor", "in", "op", "the", "at", "of", "a", "an", "for"];

    private readonly List<int> _questions = [];
    private readonly List<int> _targetQuestions = [];
    private readonly List<string> _notes = [];

    public Dictionary<string, (int Correct, int Wrong, int Missed)> Fields { get; } = FieldNames.ToDictionary(f => f, _ => (0, 0, 0));

    public int Stories => _questions.Count;
    public double MeanQuestions => _questions.Count == 0 ? 0 : _questions.Average();
    public int TargetStories => _targetQuestions.Count;
    public double MeanTargetQuestions => _targetQuestions.Count == 0 ? 0 : _targetQuestions.Average();
    public int TargetWithinTwo => _targetQuestions.Count(q => q <= 2);

    public int Correct(string field) => Fields[field].Correct;
    public int Wrong(string field) => Fields[field].Wrong;
    public int Missed(string field) => Fields[field].Missed;

    public void Add(StoryEvalCase item, StoryOutcome outcome)
    {
        _questions.Add(outcome.Asked.Count);
        if (item.Expect.StatesWishDeadlineAndWorkplace) _targetQuestions.Add(outcome.Asked.Count);
        var e = item.Expect;
        Score(item, outcome, "wish", "wish", e.Wish, outcome.Wish, (a, b) => a == b);
        Score(item, outcome, "deadline", "deadline", e.Deadline, outcome.Deadline, (a, b) => a == b);
        Score(item, outcome, "orgUnit", "unit", e.OrgUnit, outcome.Unit, (a, b) => Words(a).SetEquals(Words(b)));
        Score(item, outcome, "chafes", "chafes", e.Chafes ? "yes" : null, outcome.Chafes, (_, _) => true);
        Score(item, outcome, "tried", "tried", e.Tried ? "yes" : null, outcome.Tried, (_, _) => true);
    }

    private void Score(StoryEvalCase item, StoryOutcome outcome, string field, string step, string? expected, string? shown, Func<string, string, bool> same)
    {
        var (correct, wrong, missed) = Fields[field];
        var asked = outcome.Asked.Contains(step) || (step is "chafes" or "tried" && outcome.Asked.Contains("chafesTried"));
        if (asked && expected is null) correct++;
        else if (asked) Note(item, field, $"stated as \"{expected}\", asked", ref missed);
        else if (expected is null && shown is null) correct++;
        else if (expected is null) Note(item, field, $"not stated, read \"{shown}\"", ref wrong);
        else if (shown is null) Note(item, field, $"stated as \"{expected}\", shown as not given", ref missed);
        else if (shown is not null && same(expected, shown)) correct++;
        else Note(item, field, $"stated as \"{expected}\", read \"{shown}\"", ref wrong);
        Fields[field] = (correct, wrong, missed);
    }

    private void Note(StoryEvalCase item, string field, string what, ref int count)
    {
        count++;
        _notes.Add($"{item.Id} {field}: {what}");
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !SmallWords.Contains(w)).ToHashSet();

    public string Report()
    {
        var r = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        r.AppendLine(c, $"{split}: {Stories} stories; questions asked before the summary: mean {MeanQuestions:0.00} (min {_questions.Min()}, max {_questions.Max()})");
        r.AppendLine(c, $"  stating wish, deadline and workplace: {TargetStories} stories, mean {MeanTargetQuestions:0.00} questions, at most two in {TargetWithinTwo}");
        foreach (var field in FieldNames)
        {
            r.AppendLine(c, $"  {field,-9} correct {Correct(field),2}, wrong {Wrong(field),2}, missed {Missed(field),2}");
        }
        foreach (var note in _notes) r.AppendLine(c, $"    {note}");
        return r.ToString();
    }
}
